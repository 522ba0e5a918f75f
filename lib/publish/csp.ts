import { siteConfig } from '../../site.config';

// A host name, with a port at most: anything else (a space, `;`, a quote) would change the policy's meaning.
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;

/**
 * The Content-Security-Policy of every page, as a `<meta http-equiv>` in the page and in the
 * `_headers` file: no script, styles and fonts from the site alone, images and media from any
 * https origin (covers may be remote), frames only from `embedHosts`, no base or form, and connections to the site alone.
 */
export function contentSecurityPolicy(embedHosts: readonly string[] = siteConfig.embedHosts): string {
  const bad = embedHosts.find((h) => !HOST.test(h));
  if (bad !== undefined) throw new Error(`embedHosts in site.config.ts: ${JSON.stringify(bad)} is not a host name`);
  const frames = embedHosts.length ? embedHosts.map((h) => `https://${h}`).join(' ') : "'none'";
  return [
    "default-src 'self'",
    "script-src 'none'",
    "style-src 'self'",
    "img-src 'self' https: data:",
    "media-src 'self' https:",
    "font-src 'self'",
    `frame-src ${frames}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // 'self' rather than 'none': no script may run to connect anywhere, and Lighthouse reads robots.txt
    // with a fetch from the page, which 'none' blocked (its SEO audit then failed on a valid file).
    "connect-src 'self'",
  ].join('; ');
}

/** The policy as an HTTP header, which, unlike a `<meta>`, can also forbid other sites to frame the pages. */
export function contentSecurityPolicyHeader(embedHosts: readonly string[] = siteConfig.embedHosts): string {
  return `${contentSecurityPolicy(embedHosts)}; frame-ancestors 'none'`;
}
