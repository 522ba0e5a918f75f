import { describe } from '../messages';
import yaml from 'js-yaml';
import { redirectSourceProblem } from '../content/redirects';
import { warning, type Problem } from '../problems';

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
  const leave = (line: number, rule: string, why: string, fix: string) =>
    left.push(warning(SOURCE, `rule ${JSON.stringify(rule)} not kept: ${why}`, { line, fix }));

  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const rule = raw.trim();
    if (!rule || rule.startsWith('#')) return;
    const [fromWritten = '', toWritten = '', ...rest] = rule.split(/\s+/);
    if (!toWritten || rest.some((r) => r.includes('='))) {
      return leave(line, rule, 'only `from to [status]` rules are read (no conditions, no query)', 'keep it in the host’s own configuration if it is still needed');
    }
    const status = rest[0]?.replace(/!$/, '');
    if (status && !/^30[1278]$/.test(status)) {
      return leave(line, rule, `status ${rest[0]} is not a redirect (a rewrite or an error page)`, 'keep it in the host’s own configuration if it is still needed');
    }
    const from = pathOn(fromWritten, targets.siteHosts);
    if (from === undefined) {
      return leave(line, rule, 'it redirects another host (a domain move)', 'set it up where that domain is served');
    }
    const refused = redirectSourceProblem(from);
    if (refused) return leave(line, rule, describe(refused, 'en').message, describe(refused, 'en').fix ?? '');
    const to = pathOn(toWritten, targets.siteHosts);
    if (to === undefined) {
      return leave(line, rule, `it leads to another site (${toWritten})`, 'add it to content/redirects.yml by hand, with its host in redirectHosts (site.config.ts)');
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
    leave(line, rule, `it leads to ${to}, which this blog does not serve`, 'point it at the post or page that replaces it, in content/redirects.yml');
  });
  return { kept, left };
}

/**
 * content/redirects.yml with `kept` added after what it already holds, those whose address it has
 * already left out: the file only grows, so an import run again, or over a file edited by hand, loses nothing.
 */
export function withSiteRedirects(current: string | undefined, kept: readonly SiteRedirect[], site: string): string | undefined {
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
  return `${base}# From ${site}\n${block}`;
}
