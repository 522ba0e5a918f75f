import type { Metadata } from 'next';
import { siteConfig } from '../site.config';
import type { Post } from './content/post';
import { defaultLang, localeOf } from './languages';
import { siteFeeds, type PageFeed } from './publish/feeds';
import { CARD_HEIGHT, CARD_WIDTH, cardPath, postShareImage } from './publish/social-cards';
import { dictionary } from './i18n';
import { absoluteUrl, authorPath, homePath, tagFeedPath, tagPath } from './urls';

export interface PageMeta {
  title?: string;
  description?: string;
  /** Site path of the page, without the base path. */
  path: string;
  /** On a post's page: OpenGraph article, author, tags, cover. */
  post?: Post;
  noindex?: boolean;
  /** The page's own RSS feed, if it has one (tag pages). */
  feed?: PageFeed;
  /** The page's social card (lib/publish/social-cards.ts), if it has one; a post's is its cover or card. */
  card?: string;
  /** The page's language; the site's own by default. */
  lang?: string;
  /**
   * The page's versions in every language it exists in, itself included (a post and its
   * translations; a list in each language): `hreflang` links and Open Graph's alternate locales.
   */
  versions?: readonly Version[];
}

export interface Version {
  lang: string;
  path: string;
}

/** What pages without a social card of their own (lists, static pages) are shared with. */
export const DEFAULT_SOCIAL_IMAGE = '/img/social-card.png';

/**
 * The one helper that builds a page's metadata: `Title · Site`, description, absolute
 * canonical URL, feeds, OpenGraph and the Twitter card. URLs are absolute and carry the
 * base path, since Next's metadataBase does not add it.
 */
export function pageMetadata({ title, description, path, post, noindex, feed, card, lang = defaultLang, versions = [] }: PageMeta): Metadata {
  const fullTitle = title ? `${title} · ${siteConfig.title}` : siteConfig.title;
  const summary = description ?? dictionary(lang).siteDescription;
  // Only when the page has another version: each names every version, itself included, so that the pairs are symmetric.
  const others = versions.filter((v) => v.lang !== lang);
  const languages = others.length ? Object.fromEntries(versions.map((v) => [v.lang, absoluteUrl(v.path)])) : undefined;
  const url = absoluteUrl(path);
  const shared = post ? postShareImage(post) : (card ?? DEFAULT_SOCIAL_IMAGE);
  const image = absoluteUrl(shared);
  // A card's size is known: networks can then show it on the first share, before fetching it.
  const cardSize = shared === (post ? cardPath(post.path) : card) ? { width: CARD_WIDTH, height: CARD_HEIGHT } : {};
  // The post's own `twitter`, else the account of its first author who has one.
  const creator = post?.twitter ?? post?.authors.find((a) => a.twitter)?.twitter;
  return {
    title: fullTitle,
    description: summary,
    alternates: { canonical: url, types: siteFeeds(feed, lang), ...(languages ? { languages } : {}) },
    ...(noindex ? { robots: { index: false } } : {}),
    openGraph: {
      title: title ?? siteConfig.title,
      description: summary,
      url,
      siteName: siteConfig.title,
      locale: localeOf(lang),
      ...(others.length ? { alternateLocale: others.map((v) => localeOf(v.lang)) } : {}),
      images: [{ url: image, ...cardSize, alt: post?.image?.alt || (title ?? siteConfig.title) }],
      ...(post
        ? {
            type: 'article',
            publishedTime: post.publishAt.toISOString(),
            authors: post.authors.map((a) => absoluteUrl(authorPath(a.slug, 1, post.lang))),
            tags: post.tags.map((t) => t.name),
          }
        : { type: 'website' }),
    },
    twitter: {
      card: 'summary_large_image',
      site: `@${siteConfig.twitter}`,
      ...(creator ? { creator: `@${creator}` } : {}),
      title: title ?? siteConfig.title,
      description: summary,
      images: [image],
    },
  };
}

/** A tag's page `page` in a language: its title (numbered after the first page), its own feed, its versions. */
export function tagPageMetadata(tag: { name: string; slug: string }, page = 1, lang = defaultLang, langs: readonly string[] = [lang]): Metadata {
  const t = dictionary(lang);
  const name = t.tags.tag(tag.name);
  return pageMetadata({
    title: page > 1 ? `${name}, ${t.pageN(page)}` : name,
    path: tagPath(tag.slug, page, lang),
    card: cardPath(tagPath(tag.slug)),
    feed: { path: tagFeedPath(tag.slug, lang), title: t.feeds.rss(name) },
    lang,
    versions: page === 1 ? langs.map((l) => ({ lang: l, path: tagPath(tag.slug, 1, l) })) : [],
  });
}

/** An author's page `page` in a language, numbered after the first, with its versions. */
export function authorPageMetadata(author: { name: string; slug: string }, page = 1, lang = defaultLang, langs: readonly string[] = [lang]): Metadata {
  const t = dictionary(lang);
  return pageMetadata({
    title: page > 1 ? `${author.name}, ${t.pageN(page)}` : author.name,
    description: t.authors.postsOf(author.name),
    path: authorPath(author.slug, page, lang),
    card: cardPath(authorPath(author.slug)),
    lang,
    versions: page === 1 ? langs.map((l) => ({ lang: l, path: authorPath(author.slug, 1, l) })) : [],
  });
}

/** Structured data: `BlogPosting` for a post, `Blog` for the listings. */
export function postJsonLd(post: Post): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.description,
    datePublished: post.publishAt.toISOString(),
    url: absoluteUrl(post.path),
    mainEntityOfPage: absoluteUrl(post.path),
    inLanguage: post.lang,
    image: absoluteUrl(postShareImage(post)),
    keywords: post.tags.map((t) => t.name).join(', '),
    author: post.authors.length
      ? post.authors.map((a) => ({ '@type': 'Person', name: a.name, url: absoluteUrl(authorPath(a.slug, 1, post.lang)) }))
      : [{ '@type': 'Person', name: post.byline }],
    publisher: { '@type': 'Organization', name: siteConfig.title, url: absoluteUrl(homePath(post.lang)) },
  };
}

export function blogJsonLd(path: string, lang = defaultLang, name = siteConfig.title): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Blog',
    name,
    description: dictionary(lang).siteDescription,
    url: absoluteUrl(path),
    inLanguage: lang,
  };
}
