import { siteConfig } from '../site.config';
import { getContent, type WithheldPost } from './content';
import type { AuthorSummary, LanguageIndex, TagSummary } from './content/build-index';
import type { Post } from './content/post';
import type { StaticPage } from './content/static-page';
import { defaultLang, inLang } from './languages';
import { pageCount, paginate, type PageOf } from './pagination';

/**
 * What pages ask for. Lookups return `undefined` for what does not exist, so that the
 * route calls `notFound()`; listings return only what one page shows. Every list is one
 * language's (`lang`, the site's own by default): English pages list English posts.
 */
export type { Post, TagSummary, AuthorSummary, StaticPage };

type PostParams = { year: string; month: string; day: string; slug: string };

/** One language's lists; an empty one for a language with no post yet. */
function listsOf(lang: string): LanguageIndex {
  const content = getContent();
  return content.byLang[lang] ?? { posts: [], tags: [], authors: [], postsByTag: new Map(), postsByAuthor: new Map() };
}

/**
 * One language's lists by key, made once per load of the content: a build renders every post, tag
 * and author page, and a search of the list for each would grow with the square of the posts.
 */
interface Lookups {
  postAt: ReadonlyMap<string, Post>;
  positionOf: ReadonlyMap<Post, number>;
  tagOf: ReadonlyMap<string, TagSummary>;
  authorOf: ReadonlyMap<string, AuthorSummary>;
}

const lookupsOfLists = new WeakMap<LanguageIndex, Lookups>();

/** Each item by its key, the first one where two share a key, as a search of the list would find it. */
function byKey<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T> {
  const map = new Map<K, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

function lookupsOf(lang: string): Lookups {
  const lists = listsOf(lang);
  let found = lookupsOfLists.get(lists);
  if (!found) {
    found = {
      postAt: byKey(lists.posts, (p) => p.path),
      positionOf: new Map(lists.posts.map((p, i) => [p, i])),
      tagOf: byKey(lists.tags, (t) => t.slug),
      authorOf: byKey(lists.authors, (a) => a.slug),
    };
    lookupsOfLists.set(lists, found);
  }
  return found;
}

/** The static pages of content/pages/ (mentions légales, accessibilité…). */
export const getStaticPages = (): readonly StaticPage[] => getContent().pages;

export const getStaticPage = (slug: string): StaticPage | undefined => getContent().pages.find((p) => p.slug === slug);

export const getPosts = (lang = defaultLang): readonly Post[] => listsOf(lang).posts;

const postPathOf = (params: PostParams, lang: string) => inLang(lang, `/blog/${params.year}/${params.month}/${params.day}/${params.slug}/`);

export function getPost(params: PostParams, lang = defaultLang): Post | undefined {
  return lookupsOf(lang).postAt.get(postPathOf(params, lang));
}

/**
 * The addresses of a language's post route: every post, and in development the posts withheld
 * for an error (none outside it: a build stops on them), whose page then shows the error.
 */
export function getPostPaths(lang = defaultLang): string[] {
  const content = getContent();
  const prefix = inLang(lang, '/blog/');
  const withheld = process.env.NODE_ENV === 'development' ? content.withheld.map((w) => w.path).filter((p) => p.startsWith(prefix)) : [];
  return [...listsOf(lang).posts.map((p) => p.path), ...withheld];
}

/** The route parameters of a post's address, without its language's prefix. */
export function postParams(path: string, lang = defaultLang): PostParams {
  const [year = '', month = '', day = '', slug = ''] = path.slice(inLang(lang, '/blog/').length).split('/');
  return { year, month, day, slug };
}

/** Development only: the file of a post withheld for an error at this address. */
export function getWithheldPost(params: PostParams, lang = defaultLang): WithheldPost | undefined {
  if (process.env.NODE_ENV !== 'development') return undefined;
  const path = postPathOf(params, lang);
  return getContent().withheld.find((w) => w.path === path);
}

/** The newer and older posts of the post's own language. */
export function getNeighbours(post: Post): { newer?: Post; older?: Post } {
  const posts = listsOf(post.lang).posts;
  const i = lookupsOf(post.lang).positionOf.get(post) ?? -1;
  return i === -1 ? {} : { newer: i > 0 ? posts[i - 1] : undefined, older: posts[i + 1] };
}

export const getBlogPage = (page: number, lang = defaultLang): PageOf<Post> | undefined =>
  paginate(listsOf(lang).posts, page, siteConfig.postsPerPage);

export const blogPageCount = (lang = defaultLang) => pageCount(listsOf(lang).posts, siteConfig.postsPerPage);

export const getTags = (lang = defaultLang): readonly TagSummary[] => listsOf(lang).tags;

/** A tag and one page of its posts in a language (tag and author pages are paginated like the blog). */
export function getTag(slug: string, page = 1, lang = defaultLang): { tag: TagSummary; posts: PageOf<Post> } | undefined {
  const lists = listsOf(lang);
  const tag = lookupsOf(lang).tagOf.get(slug);
  const posts = tag && paginate(lists.postsByTag.get(slug) ?? [], page, siteConfig.postsPerPage);
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

export const tagLaterPages = (lang = defaultLang) => laterPages('tag', listsOf(lang).postsByTag);
export const authorLaterPages = (lang = defaultLang) => laterPages('author', listsOf(lang).postsByAuthor);

export const getAuthors = (lang = defaultLang): readonly AuthorSummary[] => listsOf(lang).authors;

export function getAuthor(slug: string, page = 1, lang = defaultLang): { author: AuthorSummary; posts: PageOf<Post> } | undefined {
  const lists = listsOf(lang);
  const author = lookupsOf(lang).authorOf.get(slug);
  // A profile without published posts still has its page: paginate gives an empty list one page.
  const posts = author && paginate(lists.postsByAuthor.get(slug) ?? [], page, siteConfig.postsPerPage);
  return author && posts && { author, posts };
}
