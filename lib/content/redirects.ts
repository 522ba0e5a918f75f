import { error, type Problem } from '../problems';

export interface Redirect {
  /** Old site path: `/blog/2018/09/24/x.html`, `/posts/2018/09/24/x/`. */
  from: string;
  /** Site path it leads to. */
  to: string;
  /** Where it was declared, for messages. */
  file: string;
}

const normalise = (p: string) => {
  const path = p.split(/[?#]/)[0] ?? p;
  return /\.html?$/.test(path) ? path : path.replace(/\/?$/, '/');
};

/**
 * A redirect from an address that is a page, two redirects from one address, and a chain
 * that comes back to its start are errors: each would break a link silently.
 */
export function checkRedirects(redirects: readonly Redirect[], pages: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const byFrom = new Map<string, Redirect>();
  for (const r of redirects) {
    const from = normalise(r.from);
    // The same redirect declared twice (two posts on one URL, reported on their own) is one redirect.
    if (byFrom.get(from)?.to === r.to) continue;
    if (!r.from.startsWith('/')) {
      problems.push(error(r.file, `redirect from ${JSON.stringify(r.from)} is not a path`, { fix: 'write it from the site root, e.g. /posts/2018/09/24/x/' }));
      continue;
    }
    if (pages.has(from)) {
      problems.push(error(r.file, `redirect from ${r.from} would replace an existing page`, { fix: `remove this redirect, or move the page at ${r.from}` }));
    }
    const other = byFrom.get(from);
    if (other) {
      problems.push(
        error(r.file, `two redirects from ${r.from}: to ${other.to} (${other.file}) and to ${r.to}`, { fix: 'keep one of them' }),
      );
    } else byFrom.set(from, r);
  }
  const loops = new Set<string>();
  for (const start of byFrom.values()) {
    // Follow the chain; coming back to an address already passed is a loop.
    const passed = [normalise(start.from)];
    let target = normalise(start.to);
    while (byFrom.has(target) && !passed.includes(target)) {
      passed.push(target);
      target = normalise(byFrom.get(target)!.to);
    }
    if (passed.includes(target)) {
      const key = [...passed].sort().join(' ');
      if (!loops.has(key)) {
        loops.add(key);
        problems.push(error(start.file, `redirect loop: ${[...passed, target].join(' → ')}`, { fix: 'point each redirect at a page, not back at a redirect' }));
      }
    } else if (!pages.has(target) && !/^https?:\/\//.test(start.to)) {
      problems.push(error(start.file, `redirect from ${start.from} leads to ${start.to}, which is not a page of the site`, { fix: 'point it at an existing page' }));
    }
  }
  return problems;
}
