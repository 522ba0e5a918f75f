import type { Post } from '../content/post';
import { formatFrenchDate } from '../dates';

/**
 * What the search index holds of a post besides its text, and the address parameters of the search
 * page. A filter's name is also its parameter in the address (`/recherche/?q=…&thematique=…`), so
 * that the search page's form, its script and the index agree by construction.
 */
export const SEARCH_QUERY_PARAM = 'q';
export const SEARCH_FILTERS = { tag: 'thematique', author: 'auteur', year: 'annee' } as const;

/** Where the build writes Pagefind's files (out/pagefind/) and the two scripts of the site. */
export const PAGEFIND_DIR = '/pagefind/';
export const SITE_SCRIPTS = { search: '/recherche/recherche.js', notFound: '/recherche/adresse.js' } as const;

export interface SearchRecord {
  /** Shown with a result, as the post page shows them. */
  meta: { date: string; authors: string; tags: string };
  filters: Record<(typeof SEARCH_FILTERS)[keyof typeof SEARCH_FILTERS], string[]>;
}

/** The names a result shows and filters by: the resolved authors, else the byline as written. */
export const authorNames = (post: Pick<Post, 'authors' | 'byline'>) => (post.authors.length ? post.authors.map((a) => a.name) : [post.byline]);

export function searchRecord(post: Pick<Post, 'date' | 'day' | 'authors' | 'byline' | 'tags'>): SearchRecord {
  return {
    meta: { date: formatFrenchDate(post.date), authors: post.byline, tags: post.tags.map((t) => t.name).join(', ') },
    filters: {
      [SEARCH_FILTERS.tag]: post.tags.map((t) => t.name),
      [SEARCH_FILTERS.author]: authorNames(post),
      [SEARCH_FILTERS.year]: [String(post.day.year)],
    } as SearchRecord['filters'],
  };
}
