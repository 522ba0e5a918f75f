import { Feed } from 'feed';
import { siteConfig } from '../../site.config';
import type { Post } from '../content/post';
import { defaultLang } from '../languages';
import { dictionary } from '../i18n';
import { absoluteUrl, authorPath, feedPath, tagPath, withBasePath } from '../urls';

export const FEED_SIZE = 20;

export interface FeedEntry {
  post: Post;
  /** The body as HTML, with absolute URLs. */
  html: string;
}

export interface FeedSet {
  rss: string;
  atom: string;
  json: string;
}

export interface FeedScope {
  title: string;
  /** The feed's language: its posts' (`en` for `/en/feed.xml`). */
  lang?: string;
  /** Site path of the page the feed follows (`/`, `/tag/design/`). */
  path: string;
  /** Site paths of the feed files. */
  rssPath: string;
  atomPath?: string;
  jsonPath?: string;
}

const authorsOf = (post: Post) =>
  post.authors.length ? post.authors.map((a) => ({ name: a.name, link: absoluteUrl(authorPath(a.slug, 1, post.lang)) })) : [{ name: post.byline }];

/**
 * Characters XML 1.0 cannot hold at all, even escaped: C0 controls but tab and newlines, lone
 * surrogates, U+FFFE and U+FFFF. The checks refuse them in content; this keeps the feeds parseable
 * whatever reaches them.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlText = (text: string) => text.replace(NOT_XML, '');

/** RSS 2.0, Atom and JSON Feed 1.1 for the newest posts first; `feed` escapes the XML. */
export function buildFeeds(entries: readonly FeedEntry[], scope: FeedScope): FeedSet {
  const items = entries.slice(0, FEED_SIZE);
  const updated = items[0]?.post.publishAt ?? new Date(0);
  const feed = new Feed({
    id: absoluteUrl(scope.path),
    link: absoluteUrl(scope.path),
    title: xmlText(scope.title),
    description: dictionary(scope.lang ?? defaultLang).siteDescription,
    language: scope.lang ?? defaultLang,
    updated,
    generator: false,
    copyright: `${siteConfig.title}, Etalab`,
    favicon: absoluteUrl('/icon.svg'),
    feedLinks: {
      rss: absoluteUrl(scope.rssPath),
      ...(scope.atomPath ? { atom: absoluteUrl(scope.atomPath) } : {}),
      ...(scope.jsonPath ? { json: absoluteUrl(scope.jsonPath) } : {}),
    },
  });
  for (const { post, html } of items) {
    feed.addItem({
      title: xmlText(post.title),
      id: absoluteUrl(post.path),
      link: absoluteUrl(post.path),
      date: post.publishAt,
      published: post.publishAt,
      description: xmlText(post.description),
      content: xmlText(html),
      author: authorsOf(post).map((a) => ({ ...a, name: xmlText(a.name) })),
      category: post.tags.map((t) => ({ name: xmlText(t.name), domain: absoluteUrl(tagPath(t.slug, 1, post.lang)) })),
      ...(post.image ? { image: absoluteUrl(post.image.src) } : {}),
    });
  }
  return { rss: feed.rss2(), atom: feed.atom1(), json: jsonFeed(items, scope) };
}

/** JSON Feed 1.1 (the `feed` package writes 1.0). */
function jsonFeed(items: readonly FeedEntry[], scope: FeedScope): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: scope.title,
      home_page_url: absoluteUrl(scope.path),
      feed_url: absoluteUrl(scope.jsonPath ?? scope.rssPath),
      description: dictionary(scope.lang ?? defaultLang).siteDescription,
      language: scope.lang ?? defaultLang,
      favicon: absoluteUrl('/icon.svg'),
      items: items.map(({ post, html }) => ({
        id: absoluteUrl(post.path),
        url: absoluteUrl(post.path),
        title: post.title,
        summary: post.description,
        content_html: html,
        date_published: post.publishAt.toISOString(),
        authors: authorsOf(post).map((a) => ({ name: a.name, ...('link' in a ? { url: a.link } : {}) })),
        tags: post.tags.map((t) => t.name),
        ...(post.image ? { image: absoluteUrl(post.image.src) } : {}),
      })),
    },
    null,
    2,
  );
}

/** A page's own feed, announced before the site's (a tag page announces its tag's feed). */
export interface PageFeed {
  path: string;
  title: string;
}

/** The feeds a page announces, for `<link rel="alternate">`: its own first, then the site's. */
export const siteFeeds = (own?: PageFeed, lang = defaultLang) => {
  const t = dictionary(lang);
  return {
    'application/rss+xml': [
      ...(own ? [{ url: withBasePath(own.path), title: own.title }] : []),
      { url: withBasePath(feedPath('rss', lang)), title: t.feeds.rss(siteConfig.title) },
    ],
    'application/atom+xml': [{ url: withBasePath(feedPath('atom', lang)), title: t.feeds.atom(siteConfig.title) }],
    'application/feed+json': [{ url: withBasePath(feedPath('json', lang)), title: t.feeds.json(siteConfig.title) }],
  };
};
