import { contentSecurityPolicyHeader } from './csp';

/**
 * `_headers` for Netlify and Cloudflare Pages: every response carries the pages' policy (a second
 * wall behind the sanitiser), is never sniffed into another type, and sends only the origin to other sites.
 */
export function netlifyHeaders(embedHosts?: readonly string[]): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicyHeader(embedHosts)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
