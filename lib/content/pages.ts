import { siteConfig } from '../../site.config';
import type { ContentIndex } from './build-index';
import { pageCount } from '../pagination';
import { authorPath, authorsPath, blogPath, homePath, tagPath, tagsPath } from '../urls';

/** A page of the site, as the sitemap lists it. */
export interface SitemapEntry {
  path: string;
  lastmod?: Date;
}

/**
 * Every path the export writes a page at: the sitemap's pages, and the first blog page's
 * second address (`/blog/page/1/`, canonical to `/blog/`) that pagination links may use.
 * A redirect must not replace any of them.
 */
export function exportedPaths(index: Pick<ContentIndex, 'posts' | 'tags' | 'authors' | 'postsByTag' | 'postsByAuthor'>): Set<string> {
  return new Set([...sitePages(index).map((p) => p.path), '/blog/page/1/']);
}

/** Every page the export writes, newest change first where known: for the sitemap and the redirect checks. */
export function sitePages(
  index: Pick<ContentIndex, 'posts' | 'tags' | 'authors' | 'postsByTag' | 'postsByAuthor'> & { pages?: readonly { path: string }[] },
): SitemapEntry[] {
  const newest = (posts: readonly { publishAt: Date }[] | undefined) => posts?.[0]?.publishAt;
  /** Every page of a paginated list (the blog, a tag, an author), dated by its newest post. */
  const pagesOf = (posts: readonly { publishAt: Date }[], pathOf: (page: number) => string): SitemapEntry[] => {
    const totalPages = pageCount(posts, siteConfig.postsPerPage);
    return Array.from({ length: totalPages }, (_, i) => ({
      path: pathOf(i + 1),
      lastmod: newest(posts.slice(i * siteConfig.postsPerPage)),
    }));
  };
  return [
    { path: homePath(), lastmod: newest(index.posts) },
    ...pagesOf(index.posts, blogPath),
    ...index.posts.map((p) => ({ path: p.path, lastmod: p.publishAt })),
    { path: tagsPath(), lastmod: newest(index.posts) },
    ...index.tags.flatMap((t) => pagesOf(index.postsByTag.get(t.slug) ?? [], (page) => tagPath(t.slug, page))),
    { path: authorsPath(), lastmod: newest(index.posts) },
    ...index.authors.flatMap((a) => pagesOf(index.postsByAuthor.get(a.slug) ?? [], (page) => authorPath(a.slug, page))),
    // Static pages carry no date: the sitemap gives them none rather than a wrong one.
    ...(index.pages ?? []).map((p) => ({ path: p.path })),
  ];
}
