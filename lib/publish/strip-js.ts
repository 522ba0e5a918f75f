/**
 * A reading page needs no JavaScript: the blog has no interactive component. Next still
 * ships its client runtime and the page's React payload (about 50 KB of script a page),
 * so the export step removes them. A page that one day needs them (a client component)
 * keeps them by rendering an element with the `data-keep-js` attribute.
 */
export const KEEP_JS_MARKER = 'data-keep-js';

/**
 * The site's own scripts (the search page's and the 404's, lib/search/fields.ts), which a page
 * renders with `data-site-script`: kept, and nothing else. A script with the mark but another
 * address is removed like the framework's.
 */
export const SITE_SCRIPT_MARKER = 'data-site-script';

const FRAMEWORK_SCRIPT = /<script(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link(?=[^>]*rel="(?:preload|modulepreload)")(?=[^>]*as="script"|[^>]*rel="modulepreload")[^>]*\/?>/g;
// React's leftover for streamed boundaries: empty once the payload is gone.
const EMPTY_HIDDEN_DIV = /<div hidden="">(?:<!--\/?\$-->)*<\/div>/g;

const SCRIPT_SRC = /\ssrc="([^"]*)"/;

export function stripFrameworkJs(html: string, siteScripts: readonly string[] = []): { html: string; stripped: boolean } {
  if (html.includes(KEEP_JS_MARKER)) return { html, stripped: false };
  const keep = (tag: string) => tag.includes(SITE_SCRIPT_MARKER) && siteScripts.includes(SCRIPT_SRC.exec(tag.slice(0, tag.indexOf('>')))?.[1] ?? '');
  return {
    html: html.replace(FRAMEWORK_SCRIPT, (tag) => (keep(tag) ? tag : '')).replace(SCRIPT_PRELOAD, '').replace(EMPTY_HIDDEN_DIV, ''),
    stripped: true,
  };
}

/** The React Server Component payload files Next writes beside each page, used only by the client router. */
export const isRscPayload = (fileName: string) => fileName === 'index.txt' || /^__next\..*\.txt$/.test(fileName);
