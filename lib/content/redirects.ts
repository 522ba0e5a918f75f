import { error, type Problem } from '../problems';
import type { SiteLookup } from './site-entries';
import { safeDecode } from './images';

export interface Redirect {
  /** Old site path: `/blog/2018/09/24/x.html`, `/posts/2018/09/24/x/`. */
  from: string;
  /** Site path it leads to, or an https:// URL on a host of `redirectHosts`. */
  to: string;
  /** Where it was declared, for messages. */
  file: string;
  /** The line of the declaration, where known. */
  line?: number;
}

/** Why an address cannot be a redirect's `from`, and what to write instead. */
export interface Refusal {
  message: string;
  fix: string;
}

const CONTROL = /[\p{Cc}\p{Cf}]/u;
const ENCODED_SEPARATOR = /%(2f|5c)/i;
// Hosts that read `_redirects` (Netlify, Cloudflare Pages) take these as patterns, not as text.
const PATTERN_CHARS = /[*!]/;
// A file name holds at most 255 bytes on the file systems static hosts use.
const MAX_SEGMENT_BYTES = 255;

/**
 * Whether `from` can be a redirect's old address: a plain path of this site, that writes one file
 * inside out/ and one line of `_redirects` that hosts read as that path and nothing else.
 * Accented letters, written as such or percent-encoded, are allowed: old Jekyll addresses have them.
 * A space is allowed percent-encoded (`%20`), as browsers send it; written as such it is refused.
 */
export function redirectSourceProblem(from: string): Refusal | undefined {
  const q = JSON.stringify(from);
  const refuse = (what: string, fix: string): Refusal => ({ message: `redirect from ${q} ${what}`, fix });
  if (!from.startsWith('/')) return refuse('is not a path', 'write it from the site root, e.g. /posts/2018/09/24/x/');
  if (CONTROL.test(from)) return refuse('holds a line break or another control character', 'remove it: write the address on one line, as a browser shows it');
  if (/\s/.test(from)) {
    return refuse('holds a space', `write it percent-encoded, as browsers send it: ${from.replace(/\s/g, (c) => encodeURIComponent(c))}`);
  }
  if (from.includes('\\')) return refuse('holds a backslash', 'write / between segments');
  if (/[?#]/.test(from)) {
    return refuse('holds a query or a fragment (? or #), which a static host does not read as part of the path', `write the path alone: ${from.split(/[?#]/)[0]}`);
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(from);
  } catch {
    return refuse('has invalid percent-encoding', 'write % as %25, or correct the %XX sequence');
  }
  const separator = ENCODED_SEPARATOR.exec(from);
  if (separator) {
    return refuse(`holds an encoded separator (${separator[0]})`, 'write / between segments: an encoded separator names a different file on each host');
  }
  if (CONTROL.test(decoded)) return refuse('holds a percent-encoded control character', 'remove it from the address');
  if (from.includes('//')) return refuse('has an empty segment (//)', 'write a single / at the start and between segments');
  const segments = from.split('/').slice(1);
  const dots = segments.find((s) => /^\.{1,2}$/.test(safeDecode(s)));
  if (dots !== undefined) {
    return refuse(`has the segment ${JSON.stringify(dots)}, which browsers resolve before asking the host`, 'write the address without . and .. segments, as a browser shows it');
  }
  const pattern = PATTERN_CHARS.exec(decoded) ?? /(?:^|\/)(:[^/]*)/.exec(decoded);
  if (pattern) {
    return refuse(
      `holds ${JSON.stringify(pattern[1] ?? pattern[0])}, which hosts read as a pattern in _redirects`,
      'write the one old address that must lead here, without *, ! or a segment starting with :',
    );
  }
  if (segments.some((s) => Buffer.byteLength(safeDecode(s)) > MAX_SEGMENT_BYTES)) {
    return refuse(`has a segment longer than ${MAX_SEGMENT_BYTES} bytes, more than a file name may hold`, 'shorten it');
  }
  return undefined;
}

/**
 * The file a redirect is written to, relative to out/: `x.html` as is, a folder address as its
 * `index.html`, decoded (`r%C3%A9ussite.html` → `réussite.html`). Throws for an address that
 * redirectSourceProblem refuses: no such address reaches the file system.
 */
export function redirectFile(from: string): string {
  const problem = redirectSourceProblem(from);
  if (problem) throw new Error(`${problem.message}: refused (run \`npm run check\`)`);
  const clean = decodeURIComponent(from).slice(1);
  return /\.html?$/.test(clean) ? clean : `${clean.replace(/\/?$/, '/')}index.html`;
}

/**
 * The old address Jekyll gave a post from its file name, as browsers ask for it: Jekyll escaped
 * spaces, `?`, `#` and `%` in URLs (accented letters stay as written, as they always have here).
 */
export const escapeOldAddress = (path: string) => path.replace(/[\s?#%]/g, (c) => encodeURIComponent(c));

/** What a redirect may not take the place of, and where it may lead. */
export interface RedirectSite {
  /** Paths of the pages the export writes: the only site paths a redirect may lead to. */
  pages: ReadonlySet<string>;
  /** What out/ holds at a path besides redirects (lib/content/site-entries.ts), pages included. */
  entryAt: SiteLookup;
  /** Hosts of site.config.ts's `redirectHosts`: the only hosts a redirect may lead to. */
  hosts: readonly string[];
}

const TO_FIX = 'point it at a page of this site, e.g. /blog/, or at an https:// URL on a host listed in redirectHosts of site.config.ts';

/** Why `to` is not a target, or undefined for a site path (checked against the pages later) or an allowed URL. */
function targetProblem(r: Redirect, hosts: readonly string[]): Refusal | undefined {
  const { to } = r;
  const q = JSON.stringify(to);
  const lead = `redirect from ${r.from} leads to`;
  if (CONTROL.test(to) || /\s/.test(to)) return { message: `${lead} ${q}, which holds a space or a control character`, fix: TO_FIX };
  if (to.startsWith('//') || to.startsWith('/\\')) return { message: `${lead} ${q}, another host written without https:`, fix: TO_FIX };
  if (to.startsWith('/')) return undefined;
  let url: URL;
  try {
    url = new URL(to);
  } catch {
    return { message: `${lead} ${q}, which is neither a path of this site nor an https:// URL`, fix: TO_FIX };
  }
  if (url.protocol === 'http:') return { message: `${lead} ${q}, which is not https`, fix: TO_FIX };
  if (url.protocol !== 'https:') return { message: `${lead} ${q}, which is neither a path of this site nor an https:// URL`, fix: TO_FIX };
  const host = url.hostname.toLowerCase();
  if (!hosts.some((h) => h.toLowerCase() === host)) {
    return {
      message: `${lead} ${to}, on ${host}, a host not listed in redirectHosts`,
      fix: `add "${host}" to redirectHosts in site.config.ts if readers may be sent there, or point it at a page of this site`,
    };
  }
  return undefined;
}

const isSitePath = (to: string) => to.startsWith('/') && !to.startsWith('//');
const pathOnly = (p: string) => p.split(/[?#]/)[0] ?? p;
const normalise = (p: string) => {
  const path = pathOnly(p);
  return /\.html?$/.test(path) ? path : path.replace(/\/?$/, '/');
};
/** The file an address is written to, or undefined for an address no redirect can have. */
const fileOf = (p: string) => (redirectSourceProblem(p) ? undefined : redirectFile(p));

/** The folders above a file of out/: `a/b/index.html` → `a`, `a/b`. */
const foldersAbove = (file: string) => file.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'));

/**
 * Whether the file a redirect writes would take the place of something the site has: replace it,
 * write into a folder the build fills, or need a folder where the site has a file (`/feed.xml/`).
 * `from` must pass redirectSourceProblem.
 */
export function redirectShadowProblem(from: string, entryAt: SiteLookup): Refusal | undefined {
  const file = redirectFile(from);
  const entry = entryAt(file);
  if (entry?.kind === 'tree') return { message: `redirect from ${from} would write into ${entry.what}`, fix: entry.fix };
  if (entry) return { message: `redirect from ${from} would replace ${entry.what}`, fix: entry.fix };
  const under = foldersAbove(file)
    .map((folder) => entryAt(folder))
    .find((e) => e?.kind === 'file');
  if (under) return { message: `redirect from ${from} would need a folder in place of ${under.what}`, fix: under.fix };
  return undefined;
}

/**
 * Checks every redirect against the rules of addresses (redirectSourceProblem), what the site
 * already has (a redirect replaces no page or file, and needs no folder where a file is), the
 * others (two redirects from one address, one's file where another needs a folder, a chain
 * that comes back to its start) and where it leads. Returns the redirects that pass, once each:
 * only those may be written.
 */
export function checkRedirects(redirects: readonly Redirect[], site: RedirectSite): { redirects: Redirect[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const refused = new Set<Redirect>();
  const refuse = (r: Redirect, message: string, fix: string) => {
    refused.add(r);
    problems.push(error(r.file, message, { line: r.line, fix }));
  };
  const byFile = new Map<string, Redirect>();

  for (const r of redirects) {
    const source = redirectSourceProblem(r.from);
    if (source) {
      refuse(r, source.message, source.fix);
      continue;
    }
    // What the site has comes first: it says why, whatever other redirect shares the address.
    const shadow = redirectShadowProblem(r.from, site.entryAt);
    if (shadow) {
      refuse(r, shadow.message, shadow.fix);
      continue;
    }
    const file = redirectFile(r.from);
    const other = byFile.get(file);
    // The same redirect declared twice (two posts on one URL, reported on their own) is one redirect.
    if (other?.to === r.to) continue;
    if (other) {
      refuse(r, `two redirects from ${r.from}: to ${other.to} (${other.file}) and to ${r.to}`, 'keep one of them');
      continue;
    }
    byFile.set(file, r);
    const target = targetProblem(r, site.hosts);
    if (target) refuse(r, target.message, target.fix);
  }

  // One redirect's file where another needs a folder (`/a.html` and `/a.html/`): the second cannot be written.
  for (const [file, r] of byFile) {
    if (refused.has(r)) continue;
    const blocker = foldersAbove(file)
      .map((folder) => byFile.get(folder))
      .find((o) => o !== undefined && !refused.has(o));
    if (blocker) refuse(r, `redirect from ${r.from} would need a folder in place of the redirect from ${blocker.from} (${blocker.file})`, 'keep one of the two addresses');
  }

  const loops = new Set<string>();
  for (const start of byFile.values()) {
    if (refused.has(start) || !isSitePath(start.to)) continue;
    // Follow the chain; coming back to an address already passed is a loop.
    const passed = [fileOf(start.from)];
    const chain = [start.from];
    let to = start.to;
    let next = redirectAt(byFile, to);
    while (next && !passed.includes(fileOf(next.from))) {
      passed.push(fileOf(next.from));
      chain.push(to);
      to = next.to;
      next = redirectAt(byFile, to);
    }
    if (next) {
      const key = [...passed].sort().join(' ');
      // Each redirect of the loop is refused; the loop is reported once.
      if (loops.has(key)) refused.add(start);
      else {
        loops.add(key);
        refuse(start, `redirect loop: ${[...chain, to].join(' → ')}`, 'point each redirect at a page, not back at a redirect');
      }
    } else if (isSitePath(to) && !site.pages.has(normalise(to)) && site.entryAt(safeDecode(pathOnly(to)).slice(1))?.kind !== 'file') {
      // A file of public/ (an old PDF moved) is as good a target as a page.
      refuse(start, `redirect from ${start.from} leads to ${start.to}, which is not a page or a file of the site`, 'point it at an existing page or file');
    }
  }
  return { redirects: [...byFile.values()].filter((r) => !refused.has(r)), problems };
}

/** The redirect written at the address `to` leads to, if any. */
function redirectAt(byFile: ReadonlyMap<string, Redirect>, to: string): Redirect | undefined {
  if (!isSitePath(to)) return undefined;
  const file = fileOf(pathOnly(to));
  return file === undefined ? undefined : byFile.get(file);
}
