/**
 * The 404's few lines: a static page cannot know the address it answers, so this script, transpiled
 * alone by the build into out/recherche/adresse.js, fills the page's search field with the words of
 * that address (`/blog/2018/09/24/retrospective-defis.html` → `retrospective defis`).
 */

/** Segments of the site's own addresses, which say nothing of what the reader looks for. */
const ROUTE_WORDS = new Set(['blog', 'tag', 'auteur', 'page', 'recherche', 'en', 'html', 'htm', 'php', 'index']);
const MAX_WORDS = 8;

export function wordsOfAddress(pathname: string, basePath: string): string {
  let path = basePath && pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: the words around it still help.
  }
  const words: string[] = [];
  for (const word of path.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!word || /^\d+$/.test(word) || ROUTE_WORDS.has(word) || words.includes(word)) continue;
    words.push(word);
  }
  return words.slice(0, MAX_WORDS).join(' ');
}

if (typeof document !== 'undefined') {
  const input = document.querySelector<HTMLInputElement>('input[data-address-words]');
  if (input && !input.value) input.value = wordsOfAddress(location.pathname, input.dataset.addressWords ?? '');
}
