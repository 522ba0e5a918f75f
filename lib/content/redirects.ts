import { describe, messages, problemOf, type ProblemSpec } from '../messages';
import type { Problem } from '../problems';
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

/** Why an address cannot be a redirect's `from`, and what to write instead: a problem of lib/messages without its file. */
export type Refusal = ProblemSpec;

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
  if (!from.startsWith('/')) return { key: 'redirectNotPath', params: { from } };
  if (CONTROL.test(from)) return { key: 'redirectControl', params: { from } };
  if (/\s/.test(from)) return { key: 'redirectSpace', params: { from, encoded: from.replace(/\s/g, (c) => encodeURIComponent(c)) } };
  if (from.includes('\\')) return { key: 'redirectBackslash', params: { from } };
  if (/[?#]/.test(from)) return { key: 'redirectQuery', params: { from, path: from.split(/[?#]/)[0] ?? '' } };
  let decoded: string;
  try {
    decoded = decodeURIComponent(from);
  } catch {
    return { key: 'redirectBadEncoding', params: { from } };
  }
  const separator = ENCODED_SEPARATOR.exec(from);
  if (separator) return { key: 'redirectEncodedSeparator', params: { from, sequence: separator[0] } };
  if (CONTROL.test(decoded)) return { key: 'redirectEncodedControl', params: { from } };
  if (from.includes('//')) return { key: 'redirectEmptySegment', params: { from } };
  const segments = from.split('/').slice(1);
  const dots = segments.find((s) => /^\.{1,2}$/.test(safeDecode(s)));
  if (dots !== undefined) return { key: 'redirectDotSegment', params: { from, segment: dots } };
  const pattern = PATTERN_CHARS.exec(decoded) ?? /(?:^|\/)(:[^/]*)/.exec(decoded);
  if (pattern) return { key: 'redirectPattern', params: { from, pattern: pattern[1] ?? pattern[0] } };
  if (segments.some((s) => Buffer.byteLength(safeDecode(s)) > MAX_SEGMENT_BYTES)) {
    return { key: 'redirectLongSegment', params: { from, max: MAX_SEGMENT_BYTES } };
  }
  return undefined;
}

/**
 * The file a redirect is written to, relative to out/: `x.html` as is, a folder address as its
 * `index.html`, decoded (`r%C3%A9ussite.html` → `réussite.html`). Throws for an address that
 * redirectSourceProblem refuses: no such address reaches the file system.
 */
export function redirectFile(from: string): string {
  const refusal = redirectSourceProblem(from);
  if (refusal) {
    const { code, message } = describe(refusal);
    throw new Error(messages().build.redirectRefused(`[${code}] ${message}`));
  }
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

/** Why `to` is not a target, or undefined for a site path (checked against the pages later) or an allowed URL. */
function targetProblem(r: Redirect, hosts: readonly string[]): Refusal | undefined {
  const { from, to } = r;
  const bad = (why: 'space' | 'noScheme' | 'notUrl' | 'http'): Refusal => ({ key: 'redirectBadTarget', params: { from, to, why } });
  if (CONTROL.test(to) || /\s/.test(to)) return bad('space');
  if (to.startsWith('//') || to.startsWith('/\\')) return bad('noScheme');
  if (to.startsWith('/')) return undefined;
  let url: URL;
  try {
    url = new URL(to);
  } catch {
    return bad('notUrl');
  }
  if (url.protocol === 'http:') return bad('http');
  if (url.protocol !== 'https:') return bad('notUrl');
  const host = url.hostname.toLowerCase();
  if (!hosts.some((h) => h.toLowerCase() === host)) return { key: 'redirectHostNotListed', params: { from, to, host } };
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
  if (entry) return { key: 'redirectShadows', params: { from, how: entry.kind === 'tree' ? 'into' : 'replace', taken: entry.what } };
  const under = foldersAbove(file)
    .map((folder) => entryAt(folder))
    .find((e) => e?.kind === 'file');
  if (under) return { key: 'redirectShadows', params: { from, how: 'folder', taken: under.what } };
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
  const refuse = (r: Redirect, refusal: Refusal) => {
    refused.add(r);
    problems.push(problemOf(refusal, r.file, { line: r.line }));
  };
  const byFile = new Map<string, Redirect>();

  for (const r of redirects) {
    const source = redirectSourceProblem(r.from);
    if (source) {
      refuse(r, source);
      continue;
    }
    // What the site has comes first: it says why, whatever other redirect shares the address.
    const shadow = redirectShadowProblem(r.from, site.entryAt);
    if (shadow) {
      refuse(r, shadow);
      continue;
    }
    const file = redirectFile(r.from);
    const other = byFile.get(file);
    // The same redirect declared twice (two posts on one URL, reported on their own) is one redirect.
    if (other?.to === r.to) continue;
    if (other) {
      refuse(r, { key: 'redirectTwice', params: { from: r.from, to: r.to, otherTo: other.to, otherFile: other.file } });
      continue;
    }
    byFile.set(file, r);
    const target = targetProblem(r, site.hosts);
    if (target) refuse(r, target);
  }

  // One redirect's file where another needs a folder (`/a.html` and `/a.html/`): the second cannot be written.
  for (const [file, r] of byFile) {
    if (refused.has(r)) continue;
    const blocker = foldersAbove(file)
      .map((folder) => byFile.get(folder))
      .find((o) => o !== undefined && !refused.has(o));
    if (blocker) refuse(r, { key: 'redirectUnderRedirect', params: { from: r.from, other: blocker.from, otherFile: blocker.file } });
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
        refuse(start, { key: 'redirectLoop', params: { chain: [...chain, to].join(' → ') } });
      }
    } else if (isSitePath(to) && !site.pages.has(normalise(to)) && site.entryAt(safeDecode(pathOnly(to)).slice(1))?.kind !== 'file') {
      // A file of public/ (an old PDF moved) is as good a target as a page.
      refuse(start, { key: 'redirectTargetMissing', params: { from: start.from, to: start.to } });
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
