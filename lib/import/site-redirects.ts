import { describe, problem, type RuleSkip } from '../messages';
import yaml from 'js-yaml';
import { redirectSourceProblem } from '../content/redirects';
import type { Problem } from '../problems';

/**
 * The old site's `_redirects` (Netlify's rules: `from to [status][!]`, one a line) as entries of
 * content/redirects.yml. A rule is kept when it is one old address leading to a post (by any of its
 * addresses) or to a page or file this blog serves; the others (hosts, patterns, pages this blog
 * does not serve, addresses the redirect rules refuse) are listed, each with its line and why.
 */

export interface SiteRedirect {
  from: string;
  to: string;
  /** 1-based line of the rule in `_redirects`. */
  line: number;
}

const SOURCE = '_redirects';

/** Where a rule may lead on the new site: a post (by its address or an old one), or a page or file it serves. */
export interface RedirectTargets {
  /** The new address of the post an address names (its own, its Jekyll `.html` one, its `redirect_from`). */
  postAt(path: string): string | undefined;
  /** Whether the new site serves this path itself (a list page, a file copied into public/). */
  serves(path: string): boolean;
  /** Hosts of the old site: a rule written with its absolute URL is a rule of this site. */
  siteHosts: readonly string[];
}

/** The path of an address of the old site, or undefined for another host. */
function pathOn(address: string, hosts: readonly string[]): string | undefined {
  const absolute = /^(?:https?:)?\/\/([^/]+)(\/.*)?$/i.exec(address);
  if (!absolute) return address.startsWith('/') ? address : undefined;
  return hosts.includes(absolute[1]!.toLowerCase()) ? (absolute[2] ?? '/') : undefined;
}

export function planSiteRedirects(text: string, targets: RedirectTargets): { kept: SiteRedirect[]; left: Problem[] } {
  const kept: SiteRedirect[] = [];
  const left: Problem[] = [];
  const leave = (line: number, rule: string, why: RuleSkip) => left.push(problem('importRuleNotKept', SOURCE, { rule, why }, { line }));

  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const rule = raw.trim();
    if (!rule || rule.startsWith('#')) return;
    const [fromWritten = '', toWritten = '', ...rest] = rule.split(/\s+/);
    if (!toWritten || rest.some((r) => r.includes('='))) {
      return leave(line, rule, { kind: 'condition' });
    }
    const status = rest[0]?.replace(/!$/, '');
    if (status && !/^30[1278]$/.test(status)) {
      return leave(line, rule, { kind: 'status', status: rest[0] ?? '' });
    }
    const from = pathOn(fromWritten, targets.siteHosts);
    if (from === undefined) {
      return leave(line, rule, { kind: 'otherHost' });
    }
    const refused = redirectSourceProblem(from);
    if (refused) {
      const said = describe(refused);
      return leave(line, rule, { kind: 'refused', reason: said.message, fix: said.fix ?? '' });
    }
    const to = pathOn(toWritten, targets.siteHosts);
    if (to === undefined) {
      return leave(line, rule, { kind: 'otherSite', to: toWritten });
    }
    const post = targets.postAt(to);
    if (post) {
      // The rule's own address may already be one of the post's: the post keeps it.
      if (targets.postAt(from) !== post) kept.push({ from, to: post, line });
      return;
    }
    if (targets.serves(to)) {
      kept.push({ from, to, line });
      return;
    }
    leave(line, rule, { kind: 'notServed', to });
  });
  return { kept, left };
}

/**
 * content/redirects.yml with `kept` added after what it already holds, those whose address it has
 * already left out: the file only grows, so an import run again, or over a file edited by hand, loses nothing.
 */
export function withSiteRedirects(current: string | undefined, kept: readonly SiteRedirect[], comment: string): string | undefined {
  let known = new Set<string>();
  try {
    const entries = yaml.load(current ?? '', { schema: yaml.CORE_SCHEMA });
    if (Array.isArray(entries)) known = new Set(entries.map((e: unknown) => (e as { from?: unknown } | null)?.from).filter((f): f is string => typeof f === 'string'));
  } catch {
    // A file that does not parse is the check's to report; the entries are added all the same.
  }
  const added = kept.filter((r) => !known.has(r.from));
  if (!added.length) return current;
  const base = current === undefined || current.trim() === '' ? '' : current.endsWith('\n') ? current : `${current}\n`;
  const block = added.map((r) => yaml.dump([{ from: r.from, to: r.to }], { lineWidth: -1 })).join('');
  return `${base}# ${comment}\n${block}`;
}
