import type { Redirect } from '../content/redirects';
import { absoluteUrl, withBasePath } from '../urls';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page any static host serves: it refreshes at once, names the canonical URL and links there. */
export function redirectPage(to: string, title: string): string {
  const href = escapeHtml(withBasePath(to));
  const canonical = escapeHtml(absoluteUrl(to));
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
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

/** The file a redirect is written to: `x.html` as is, a folder address as its `index.html`. */
export function redirectFile(from: string): string {
  const clean = decodeURI(from).replace(/^\/+/, '');
  return /\.html?$/.test(clean) ? clean : `${clean.replace(/\/?$/, '/')}index.html`;
}

/** `_redirects` for Netlify and Cloudflare Pages: real 301s. */
export function netlifyRedirects(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${encodeURI(withBasePath(r.from))} ${encodeURI(withBasePath(r.to))} 301`).join('\n') + '\n';
}
