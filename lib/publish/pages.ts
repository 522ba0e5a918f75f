import { siteConfig } from '../../site.config';
import type { ContentIndex } from '../content/build-index';
import { paginate } from '../pagination';
import { authorPath, authorsPath, blogPath, homePath, tagPath, tagsPath } from '../urls';
import type { SitemapEntry } from './sitemap';

/**
 * Every path the export writes a page at: the sitemap's pages, and the first blog page's
 * second address (`/blog/page/1/`, canonical to `/blog/`) that pagination links may use.
 * A redirect must not replace any of them.
 */
export function exportedPaths(index: Parameters<typeof sitePages>[0]): Set<string> {
  return new Set([...sitePages(index).map((p) => p.path), '/blog/page/1/']);
}

/** Every page the export writes, newest change first where known: for the sitemap and the redirect checks. */
export function sitePages(index: Pick<ContentIndex, 'posts' | 'tags' | 'authors' | 'postsByTag' | 'postsByAuthor'>): SitemapEntry[] {
  const newest = (posts: readonly { publishAt: Date }[] | undefined) => posts?.[0]?.publishAt;
  const totalPages = paginate(index.posts, 1, siteConfig.postsPerPage)?.totalPages ?? 1;
  return [
    { path: homePath(), lastmod: newest(index.posts) },
    ...Array.from({ length: totalPages }, (_, i) => ({
      path: blogPath(i + 1),
      lastmod: newest(index.posts.slice(i * siteConfig.postsPerPage)),
    })),
    ...index.posts.map((p) => ({ path: p.path, lastmod: p.publishAt })),
    { path: tagsPath(), lastmod: newest(index.posts) },
    ...index.tags.map((t) => ({ path: tagPath(t.slug), lastmod: newest(index.postsByTag.get(t.slug)) })),
    { path: authorsPath(), lastmod: newest(index.posts) },
    ...index.authors.map((a) => ({ path: authorPath(a.slug), lastmod: newest(index.postsByAuthor.get(a.slug)) })),
  ];
}
