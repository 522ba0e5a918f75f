import { siteConfig } from '../../site.config';
import type { LanguageIndex } from './build-index';
import { defaultLang, languageCodes } from '../languages';
import { pageCount } from '../pagination';
import { authorPath, authorsPath, blogPath, homePath, tagPath, tagsPath } from '../urls';

/** A page of the site, as the sitemap lists it. */
export interface SitemapEntry {
  path: string;
  lastmod?: Date;
  /** The page in every language it exists in, itself included, when it exists in more than one. */
  alternates?: { lang: string; path: string }[];
}

/** What the page list reads: the site's own language's lists, and each language's when there are several. */
type Lists = LanguageIndex & { byLang?: Record<string, LanguageIndex> };

/**
 * Every path the export writes a page at: the sitemap's pages, and the first blog page's
 * second address (`/blog/page/1/`, canonical to `/blog/`) that pagination links may use.
 * A redirect must not replace any of them.
 */
export function exportedPaths(index: Lists): Set<string> {
  const langs = index.byLang ? languageCodes.filter((l) => index.byLang?.[l]) : [defaultLang];
  return new Set([...sitePages(index).map((p) => p.path), ...langs.map((l) => blogPath(1, l).replace(/\/$/, '/page/1/'))]);
}

/** Every page the export writes, in every language, newest change first where known: for the sitemap and the redirect checks. */
export function sitePages(index: Lists & { pages?: readonly { path: string }[] }): SitemapEntry[] {
  const byLang: Record<string, LanguageIndex> = index.byLang ?? { [defaultLang]: index };
  const langs = languageCodes.filter((l) => byLang[l]);
  /** A page's versions, when it has more than one. */
  const versions = (pathOf: (lang: string) => string, has: (lists: LanguageIndex) => boolean = () => true) => {
    const found = langs.filter((l) => has(byLang[l]!)).map((lang) => ({ lang, path: pathOf(lang) }));
    return found.length > 1 ? { alternates: found } : {};
  };
  return [
    ...langs.flatMap((lang) => languagePages(byLang[lang]!, lang, versions)),
    // Static pages carry no date: the sitemap gives them none rather than a wrong one.
    ...(index.pages ?? []).map((p) => ({ path: p.path })),
  ];
}

type Versions = (pathOf: (lang: string) => string, has?: (lists: LanguageIndex) => boolean) => Pick<SitemapEntry, 'alternates'>;

/** The pages of one language's lists. */
function languagePages(index: LanguageIndex, lang: string, versions: Versions): SitemapEntry[] {
  const newest = (posts: readonly { publishAt: Date }[] | undefined) => posts?.[0]?.publishAt;
  /** Every page of a paginated list (the blog, a tag, an author), dated by its newest post; the first has the versions. */
  const pagesOf = (posts: readonly { publishAt: Date }[], pathOf: (page: number) => string, first: Pick<SitemapEntry, 'alternates'> = {}): SitemapEntry[] => {
    const totalPages = pageCount(posts, siteConfig.postsPerPage);
    return Array.from({ length: totalPages }, (_, i) => ({
      path: pathOf(i + 1),
      lastmod: newest(posts.slice(i * siteConfig.postsPerPage)),
      ...(i === 0 ? first : {}),
    }));
  };
  return [
    { path: homePath(lang), lastmod: newest(index.posts), ...versions((l) => homePath(l)) },
    ...pagesOf(index.posts, (page) => blogPath(page, lang), versions((l) => blogPath(1, l))),
    ...index.posts.map((p) => {
      const alternates = [{ lang: p.lang, path: p.path }, ...(p.translations ?? [])];
      return { path: p.path, lastmod: p.publishAt, ...(alternates.length > 1 ? { alternates } : {}) };
    }),
    { path: tagsPath(lang), lastmod: newest(index.posts), ...versions((l) => tagsPath(l)) },
    ...index.tags.flatMap((t) =>
      pagesOf(
        index.postsByTag.get(t.slug) ?? [],
        (page) => tagPath(t.slug, page, lang),
        versions((l) => tagPath(t.slug, 1, l), (lists) => lists.tags.some((x) => x.slug === t.slug)),
      ),
    ),
    { path: authorsPath(lang), lastmod: newest(index.posts), ...versions((l) => authorsPath(l)) },
    ...index.authors.flatMap((a) =>
      pagesOf(
        index.postsByAuthor.get(a.slug) ?? [],
        (page) => authorPath(a.slug, page, lang),
        versions((l) => authorPath(a.slug, 1, l), (lists) => lists.authors.some((x) => x.slug === a.slug)),
      ),
    ),
  ];
}
