import { siteConfig } from '../site.config';
import { pad2, type DayParts } from './dates';
import { defaultLang, inLang, langPrefix } from './languages';

export { inLang };

/**
 * Every URL of the site, built in one place. Paths here never carry the base path:
 * Next adds it to links and assets; `withBasePath` and `absoluteUrl` add it where
 * Next does not (feeds, sitemap, redirects, raw HTML).
 */
export const basePath = (process.env.BASE_PATH ?? process.env.NEXT_PUBLIC_BASE_PATH ?? '').replace(/\/$/, '');

/** Each list's address in a language: the site's own has no prefix, another is under `/<code>/`. */
export const homePath = (lang = defaultLang) => inLang(lang, '/');
export const blogPath = (page = 1, lang = defaultLang) => inLang(lang, page <= 1 ? '/blog/' : `/blog/page/${page}/`);
/** A post's address; a post in another language than the site's is under its prefix: `/en/blog/…`. */
export const postPath = (day: DayParts, slug: string, lang: string = defaultLang) =>
  `${langPrefix(lang)}/blog/${day.year}/${pad2(day.month)}/${pad2(day.day)}/${slug}/`;
/**
 * The address Jekyll gave the post: kept alive as a redirect. The old site gave its English posts
 * `permalink: /en/blog/:year/:month/:day/:title.html`: the same prefix.
 */
export const legacyPostPath = (day: DayParts, slug: string, lang: string = defaultLang) =>
  `${langPrefix(lang)}/blog/${day.year}/${pad2(day.month)}/${pad2(day.day)}/${slug}.html`;
export const tagsPath = (lang = defaultLang) => inLang(lang, '/tag/');
export const tagPath = (slug: string, page = 1, lang = defaultLang) => inLang(lang, page <= 1 ? `/tag/${slug}/` : `/tag/${slug}/page/${page}/`);
/** The RSS feed of one tag, for readers who follow a single subject. */
export const tagFeedPath = (slug: string, lang = defaultLang) => inLang(lang, `/tag/${slug}/feed.xml`);
export const authorsPath = (lang = defaultLang) => inLang(lang, '/auteur/');
export const authorPath = (slug: string, page = 1, lang = defaultLang) => inLang(lang, page <= 1 ? `/auteur/${slug}/` : `/auteur/${slug}/page/${page}/`);
/** A language's feeds: `/feed.xml` (the old address), `/en/feed.xml`. */
export const feedPath = (kind: 'rss' | 'atom' | 'json', lang = defaultLang) =>
  inLang(lang, kind === 'rss' ? '/feed.xml' : kind === 'atom' ? '/atom.xml' : '/feed.json');

/** The search page; the header's form sends its words there as `?q=`. */
export const searchPath = (lang = defaultLang) => inLang(lang, '/recherche/');

/** A static page of content/pages/: `/mentions-legales/`. */
export const staticPagePath = (slug: string) => `/${slug}/`;

/**
 * The first segments of the blog's own routes (app/), and of those the design reserves (search,
 * English): no static page may take one of them as its address. A test keeps it in step with app/.
 */
export const ROUTE_SEGMENTS = ['blog', 'tag', 'auteur', 'dev', 'recherche', 'en'] as const;

export const withBasePath = (path: string) => (path.startsWith('/') ? `${basePath}${path}` : path);
export const absoluteUrl = (path: string) =>
  /^[a-z]+:\/\//i.test(path) ? path : `${siteConfig.url}${withBasePath(path)}`;

/**
 * The site path of an absolute URL on this site's own origin (old posts link their images as
 * `https://entrepreneur-interet-general.etalab.gouv.fr/img/…`), else undefined.
 */
export function ownSitePath(url: string): string | undefined {
  return url.startsWith(`${siteConfig.url}/`) ? url.slice(siteConfig.url.length) : undefined;
}

export const isExternalUrl = (url: string) => /^(https?:)?\/\//i.test(url);
export const twitterUrl = (handle: string) => `https://twitter.com/${handle}`;
