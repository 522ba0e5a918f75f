import { siteConfig } from '../site.config';
import { getContent, type WithheldPost } from './content';
import type { AuthorSummary, TagSummary } from './content/build-index';
import type { Post } from './content/post';
import type { StaticPage } from './content/static-page';
import { pageCount, paginate, type PageOf } from './pagination';

/**
 * What pages ask for. Lookups return `undefined` for what does not exist, so that the
 * route calls `notFound()`; listings return only what one page shows.
 */
export type { Post, TagSummary, AuthorSummary, StaticPage };

/** The static pages of content/pages/ (mentions légales, accessibilité…). */
export const getStaticPages = (): readonly StaticPage[] => getContent().pages;

export const getStaticPage = (slug: string): StaticPage | undefined => getContent().pages.find((p) => p.slug === slug);

export const getPosts = (): readonly Post[] => getContent().posts;

export function getPost(params: { year: string; month: string; day: string; slug: string }): Post | undefined {
  const path = `/blog/${params.year}/${params.month}/${params.day}/${params.slug}/`;
  return getContent().posts.find((p) => p.path === path);
}

/**
 * The addresses of the post route: every post, and in development the posts withheld for an
 * error (none outside it: a build stops on them), whose page then shows the error.
 */
export function getPostPaths(): string[] {
  const content = getContent();
  const withheld = process.env.NODE_ENV === 'development' ? content.withheld.map((w) => w.path) : [];
  return [...content.posts.map((p) => p.path), ...withheld];
}

/** Development only: the file of a post withheld for an error at this address. */
export function getWithheldPost(params: { year: string; month: string; day: string; slug: string }): WithheldPost | undefined {
  if (process.env.NODE_ENV !== 'development') return undefined;
  const path = `/blog/${params.year}/${params.month}/${params.day}/${params.slug}/`;
  return getContent().withheld.find((w) => w.path === path);
}

export function getNeighbours(post: Post): { newer?: Post; older?: Post } {
  const posts = getContent().posts;
  const i = posts.indexOf(post);
  return { newer: i > 0 ? posts[i - 1] : undefined, older: posts[i + 1] };
}

export const getBlogPage = (page: number): PageOf<Post> | undefined =>
  paginate(getContent().posts, page, siteConfig.postsPerPage);

export const blogPageCount = () => pageCount(getContent().posts, siteConfig.postsPerPage);

export const getTags = (): readonly TagSummary[] => getContent().tags;

/** A tag and one page of its posts (tag and author pages are paginated like the blog). */
export function getTag(slug: string, page = 1): { tag: TagSummary; posts: PageOf<Post> } | undefined {
  const content = getContent();
  const tag = content.tags.find((t) => t.slug === slug);
  const posts = tag && paginate(content.postsByTag.get(slug) ?? [], page, siteConfig.postsPerPage);
  return tag && posts && { tag, posts };
}

/** Pages 2 and after of every tag or author with more posts than one page holds. */
function laterPages<K extends string>(key: K, lists: ReadonlyMap<string, readonly Post[]>): Record<K | 'page', string>[] {
  const params: Record<K | 'page', string>[] = [];
  for (const [slug, posts] of lists) {
    const total = pageCount(posts, siteConfig.postsPerPage);
    for (let page = 2; page <= total; page++) params.push({ [key]: slug, page: String(page) } as Record<K | 'page', string>);
  }
  return params;
}

export const tagLaterPages = () => laterPages('tag', getContent().postsByTag);
export const authorLaterPages = () => laterPages('author', getContent().postsByAuthor);

export const getAuthors = (): readonly AuthorSummary[] => getContent().authors;

export function getAuthor(slug: string, page = 1): { author: AuthorSummary; posts: PageOf<Post> } | undefined {
  const content = getContent();
  const author = content.authors.find((a) => a.slug === slug);
  // A profile without published posts still has its page: paginate gives an empty list one page.
  const posts = author && paginate(content.postsByAuthor.get(slug) ?? [], page, siteConfig.postsPerPage);
  return author && posts && { author, posts };
}
