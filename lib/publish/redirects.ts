import { redirectSourceProblem, type Redirect } from '../content/redirects';
import { absoluteUrl, withBasePath } from '../urls';
import { contentSecurityPolicy } from './csp';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A page any static host serves: it refreshes at once, names the canonical URL and links there.
 * It carries the pages' Content-Security-Policy first thing after its encoding, as every page does.
 */
export function redirectPage(to: string, title: string): string {
  const href = escapeHtml(withBasePath(to));
  const canonical = escapeHtml(absoluteUrl(to));
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy())}">
<title>${escapeHtml(title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>Cette page a changé d'adresse : <a href="${href}">${escapeHtml(title)}</a>.</p>
</body>
</html>
`;
}

// The file a redirect is written to is computed below lib/publish, where the checks compare it with the site's files.
export { redirectFile } from '../content/redirects';

/** A site path as `_redirects` wants it: percent-encoded once, however content spelled it (`é` or `%C3%A9`). */
const encodedPath = (p: string) => encodeURI(decodeURIComponent(p)).replace(/[?#]/g, (c) => encodeURIComponent(c));

/**
 * `_redirects` for Netlify and Cloudflare Pages: real 301s. The loader only keeps redirects that
 * pass its checks; an address they refuse throws here rather than become a pattern or a second line.
 */
export function netlifyRedirects(redirects: readonly Redirect[]): string {
  const line = (r: Redirect) => {
    const problem = redirectSourceProblem(r.from);
    if (problem) throw new Error(`${problem.message}: not written to _redirects`);
    const external = /^https:\/\//i.test(r.to);
    if (!external && !/^\/(?![/\\])/.test(r.to)) throw new Error(`redirect from ${r.from} leads to ${JSON.stringify(r.to)}: not written to _redirects`);
    return `${encodedPath(withBasePath(r.from))} ${external ? new URL(r.to).href : encodeURI(withBasePath(r.to))} 301`;
  };
  return redirects.map(line).join('\n') + '\n';
}
