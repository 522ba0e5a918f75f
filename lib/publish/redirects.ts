import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { redirectSourceProblem, type Redirect } from '../content/redirects';
import { describe, messages } from '../messages';
import { absoluteUrl, withBasePath } from '../urls';
import { contentSecurityPolicy } from './csp';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What a page of the site needs to look like one: its stylesheets and the class of its `<html>` (the font's variable). */
export interface PageLook {
  stylesheets: string[];
  htmlClass: string;
}

/** The look of a page the build wrote (its HTML), read through a parser, for the pages written by hand. */
export function pageLook(html: string): PageLook {
  const look: PageLook = { stylesheets: [], htmlClass: '' };
  visit(fromHtml(html), 'element', (el: Element) => {
    if (el.tagName === 'html') look.htmlClass = [el.properties.className ?? []].flat().join(' ');
    const rel = [el.properties.rel ?? []].flat();
    if (el.tagName === 'link' && rel.includes('stylesheet') && typeof el.properties.href === 'string') look.stylesheets.push(el.properties.href);
  });
  return look;
}

/**
 * A page any static host serves: it refreshes at once, names the canonical URL and links there.
 * It carries the pages' Content-Security-Policy first thing after its encoding, as every page does,
 * and, given the site's look (`pageLook`), its stylesheet: a reader who sees it for an instant, or
 * whose browser does not refresh, sees a page of the site, sized for a phone.
 */
export function redirectPage(to: string, title: string, look: PageLook = { stylesheets: [], htmlClass: '' }): string {
  const href = escapeHtml(withBasePath(to));
  const canonical = escapeHtml(absoluteUrl(to));
  // The font's class goes on <body>: it defines the variable the body's font reads, and <html> stays as every test of the policy expects it.
  const bodyClass = escapeHtml(['bg-page font-sans text-body antialiased', look.htmlClass].filter(Boolean).join(' '));
  const styles = look.stylesheets.map((s) => `<link rel="stylesheet" href="${escapeHtml(s)}">\n`).join('');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy())}">
<title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
${styles}<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body class="${bodyClass}">
<main class="mx-auto max-w-2xl px-4 py-16">
<p class="fr-logo">République<br>Française</p>
<h1 class="page-title mt-10">Cette page a changé d'adresse</h1>
<p class="mt-4 text-lg">Elle est maintenant ici&#8239;: <a href="${href}" class="font-bold text-action underline">${escapeHtml(title)}</a>.</p>
</main>
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
    const refusal = redirectSourceProblem(r.from);
    if (refusal) {
      const { code, message } = describe(refusal);
      throw new Error(messages().build.redirectNotWritten(`[${code}] ${message}`));
    }
    const external = /^https:\/\//i.test(r.to);
    if (!external && !/^\/(?![/\\])/.test(r.to)) throw new Error(messages().build.redirectTargetNotWritten(r.from, r.to));
    return `${encodedPath(withBasePath(r.from))} ${external ? new URL(r.to).href : encodeURI(withBasePath(r.to))} 301`;
  };
  return redirects.map(line).join('\n') + '\n';
}
