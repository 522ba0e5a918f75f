import { siteConfig } from '../../site.config';

// A host name, with a port at most: anything else (a space, `;`, a quote) would change the policy's meaning.
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;

/**
 * Which page a policy is for. Reading pages run nothing. The search page runs its own script and
 * Pagefind's, from the site, which compile Pagefind's WebAssembly and fetch its index; the 404 runs
 * one small script of the site (it fills its search field with the words of the address).
 */
export type PolicyKind = 'page' | 'search' | 'notFound';

const SCRIPTS: Record<PolicyKind, string> = {
  page: "'none'",
  search: "'self' 'wasm-unsafe-eval'",
  notFound: "'self'",
};

/**
 * The Content-Security-Policy of a page, as a `<meta http-equiv>` in the page: no script but the
 * site's own on the two pages that need one, styles and fonts from the site alone, images and media
 * from any https origin (covers may be remote), frames only from `embedHosts`, no base, forms sent
 * only to the site (the header's search field), connections to the site alone.
 */
export function contentSecurityPolicy(embedHosts: readonly string[] = siteConfig.embedHosts, kind: PolicyKind = 'page'): string {
  const bad = embedHosts.find((h) => !HOST.test(h));
  if (bad !== undefined) throw new Error(`embedHosts in site.config.ts: ${JSON.stringify(bad)} is not a host name`);
  const frames = embedHosts.length ? embedHosts.map((h) => `https://${h}`).join(' ') : "'none'";
  return [
    "default-src 'self'",
    `script-src ${SCRIPTS[kind]}`,
    "style-src 'self'",
    "img-src 'self' https: data:",
    "media-src 'self' https:",
    "font-src 'self'",
    `frame-src ${frames}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // 'self' on every page, not only the search page's fetches of its index: a page without script
    // cannot connect anyway, and Lighthouse reads robots.txt with a fetch from the page, which
    // 'none' blocked (its SEO audit then failed on a valid file).
    "connect-src 'self'",
  ].join('; ');
}

/**
 * The policy as an HTTP header (`_headers`), which, unlike a `<meta>`, can also forbid other sites to
 * frame the pages. One rule serves every address, and hosts combine the headers of overlapping rules
 * differently (some send both, which a browser enforces both of), so the header is the search page's
 * policy, the widest; each page's `<meta>` narrows it to the page's own, and a browser enforces both:
 * a reading page still runs nothing, and any address the host answers with the 404 runs its script.
 */
export function contentSecurityPolicyHeader(embedHosts: readonly string[] = siteConfig.embedHosts): string {
  return `${contentSecurityPolicy(embedHosts, 'search')}; frame-ancestors 'none'`;
}
