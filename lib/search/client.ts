/**
 * The script of the search page, the only page that runs one (with the 404's few lines): the build
 * transpiles this file alone into out/recherche/recherche.js (scripts/postbuild/search-index.ts), so it
 * imports nothing but types. It reads the address (`?q=…&thematique=…`), asks Pagefind
 * (out/pagefind/pagefind.js), and writes the results with DOM calls and text only: of Pagefind's
 * excerpt, only the `<mark>` of matched words becomes markup. Its words come from the page
 * (`data-labels`, from lib/search/labels.ts). Without it the page still lists tags, authors and years.
 */
import type { ResultLabels } from './labels';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: { filters: Record<string, string[]> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchState {
  q: string;
  /** Filter name → the value chosen; absent when none is. */
  filters: Record<string, string>;
}

/** How many results are shown at first, and added by each press of "more". */
export const PAGE_SIZE = 10;

export function stateFromQuery(query: string, filterNames: readonly string[]): SearchState {
  const params = new URLSearchParams(query);
  const filters: Record<string, string> = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return { q: params.get('q') ?? '', filters };
}

/** The address's query for a state: `?q=…` then the filters chosen, nothing for an empty search. */
export function queryOfState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const [name, value] of Object.entries(state.filters)) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt is the page's text, escaped, with `<mark>` around matched words: split into
 * plain text and marked text, so that the page writes both as text nodes. Any other markup stays
 * text as written; nothing of it can become an element.
 */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}

/** "3 articles correspondent à « x »." with the filters chosen, if any. */
export function countText(labels: ResultLabels, count: number, state: SearchState): string {
  const template = count === 0 ? labels.count.none : count === 1 ? labels.count.one : labels.count.many;
  const filters = Object.values(state.filters);
  const sentence = template.replace('{n}', String(count)).replace('{q}', state.q.trim());
  return filters.length ? sentence.replace(/\.$/, `${labels.filtered.replace('{f}', filters.join(', '))}.`) : sentence;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function resultItem(data: PagefindResultData, labels: ResultLabels): HTMLLIElement {
  const item = element('li', 'list-none border border-line bg-page p-5 shadow-[inset_0_-4px_0_0_var(--border-action-high-blue-france)]');
  const heading = element('h2', 'text-xl font-bold leading-snug text-title');
  const link = element('a', 'hover:underline', data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  const byline = [data.meta.date, data.meta.authors && `${labels.by} ${data.meta.authors}`].filter(Boolean).join(' · ');
  if (byline) item.append(element('p', 'mt-2 text-sm text-mention', byline));
  const excerpt = element('p', 'search-excerpt mt-3 text-body');
  for (const part of excerptParts(data.excerpt)) excerpt.append(part.marked ? element('mark', '', part.text) : document.createTextNode(part.text));
  item.append(excerpt);
  const tags = (data.meta.tags ?? '').split(', ').filter(Boolean);
  if (tags.length) {
    const list = element('ul', 'mt-3 flex flex-wrap gap-2 p-0');
    for (const tag of tags) {
      const li = element('li', 'list-none');
      li.append(element('span', 'inline-block rounded-full bg-action-low px-3 py-1 text-sm text-action', tag));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

async function start(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  const empty = root.querySelector<HTMLElement>('[data-search-empty]');
  if (!form || !input || !status || !list || !more || !empty) return;
  const labels = JSON.parse(root.dataset.labels ?? '{}') as ResultLabels;
  const base = root.dataset.base ?? '';
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
  const filterNames = selects.map((s) => s.name);
  for (const el of form.querySelectorAll<HTMLElement>('[data-search-only-with-js]')) el.hidden = false;

  let pagefind: Pagefind;
  try {
    pagefind = (await import(`${base}/pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: `${base}/`, excerptLength: 30 });
  } catch {
    status.textContent = labels.failed;
    return;
  }

  let shown: PagefindResult[] = [];
  let run = 0;

  const showMore = async (focusFirst: boolean) => {
    const mine = run;
    const start = list.children.length;
    const batch = await Promise.all(shown.slice(start, start + PAGE_SIZE).map((r) => r.data()));
    if (mine !== run) return;
    const items = batch.map((data) => resultItem(data, labels));
    list.append(...items);
    more.hidden = list.children.length >= shown.length;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  };

  const search = async (state: SearchState) => {
    const mine = ++run;
    input.value = state.q;
    for (const s of selects) s.value = state.filters[s.name] ?? '';
    const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, [v]]));
    list.replaceChildren();
    more.hidden = true;
    empty.hidden = true;
    if (!state.q.trim() && !Object.keys(state.filters).length) {
      status.textContent = '';
      return;
    }
    status.textContent = labels.loading;
    // No words but a filter: every post the filters keep.
    const found = await pagefind.search(state.q.trim() || null, { filters });
    if (mine !== run || !found) return;
    shown = found.results;
    status.textContent = countText(labels, shown.length, state);
    empty.hidden = shown.length > 0;
    await showMore(false);
  };

  const stateOfForm = (): SearchState => ({
    q: input.value,
    filters: Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value])),
  });
  /** A new search is a new entry of the history (the back button returns to the previous one); typing only updates the current entry. */
  const go = (push: boolean) => {
    const state = stateOfForm();
    const url = `${location.pathname}${queryOfState(state)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    void search(state);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    go(true);
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => go(false), 300);
  });
  for (const s of selects) s.addEventListener('change', () => go(true));
  more.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => void search(stateFromQuery(location.search, filterNames)));
  await search(stateFromQuery(location.search, filterNames));
}

if (typeof document !== 'undefined') {
  const root = document.getElementById('recherche');
  if (root) void start(root);
}
