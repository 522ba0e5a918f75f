import { siteConfig } from '../site.config';
import { getContent } from './content';
import type { AuthorSummary, TagSummary } from './content/build-index';
import type { Post } from './content/post';
import { paginate, type PageOf } from './pagination';

/**
 * What pages ask for. Lookups return `undefined` for what does not exist, so that the
 * route calls `notFound()`; listings return only what one page shows.
 */
export type { Post, TagSummary, AuthorSummary };

export const getPosts = (): readonly Post[] => getContent().posts;

export function getPost(params: { year: string; month: string; day: string; slug: string }): Post | undefined {
  const path = `/blog/${params.year}/${params.month}/${params.day}/${params.slug}/`;
  return getContent().posts.find((p) => p.path === path);
}

export function getNeighbours(post: Post): { newer?: Post; older?: Post } {
  const posts = getContent().posts;
  const i = posts.indexOf(post);
  return { newer: i > 0 ? posts[i - 1] : undefined, older: posts[i + 1] };
}

export const getBlogPage = (page: number): PageOf<Post> | undefined =>
  paginate(getContent().posts, page, siteConfig.postsPerPage);

export const blogPageCount = () => paginate(getContent().posts, 1, siteConfig.postsPerPage)?.totalPages ?? 1;

export const getTags = (): readonly TagSummary[] => getContent().tags;

export function getTag(slug: string): { tag: TagSummary; posts: readonly Post[] } | undefined {
  const content = getContent();
  const tag = content.tags.find((t) => t.slug === slug);
  return tag && { tag, posts: content.postsByTag.get(slug) ?? [] };
}

export const getAuthors = (): readonly AuthorSummary[] => getContent().authors;

export function getAuthor(slug: string): { author: AuthorSummary; posts: readonly Post[] } | undefined {
  const content = getContent();
  const author = content.authors.find((a) => a.slug === slug);
  return author && { author, posts: content.postsByAuthor.get(slug) ?? [] };
}
