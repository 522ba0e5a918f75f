/**
 * A reading page needs no JavaScript: the blog has no interactive component. Next still
 * ships its client runtime and the page's React payload (about 50 KB of script a page),
 * so the export step removes them. A page that one day needs them (a client component)
 * keeps them by rendering an element with the `data-keep-js` attribute.
 */
export const KEEP_JS_MARKER = 'data-keep-js';

const FRAMEWORK_SCRIPT = /<script(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link(?=[^>]*rel="(?:preload|modulepreload)")(?=[^>]*as="script"|[^>]*rel="modulepreload")[^>]*\/?>/g;
// React's leftover for streamed boundaries: empty once the payload is gone.
const EMPTY_HIDDEN_DIV = /<div hidden="">(?:<!--\/?\$-->)*<\/div>/g;

export function stripFrameworkJs(html: string): { html: string; stripped: boolean } {
  if (html.includes(KEEP_JS_MARKER)) return { html, stripped: false };
  return {
    html: html.replace(FRAMEWORK_SCRIPT, '').replace(SCRIPT_PRELOAD, '').replace(EMPTY_HIDDEN_DIV, ''),
    stripped: true,
  };
}

/** The React Server Component payload files Next writes beside each page, used only by the client router. */
export const isRscPayload = (fileName: string) => fileName === 'index.txt' || /^__next\..*\.txt$/.test(fileName);
