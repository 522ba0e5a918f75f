import { defaultLang, languageCodes } from '../languages';
import { problem } from '../messages';
import { closest, type Problem } from '../problems';
import { bylineAuthor, resolveByline, type Author } from './authors';
import type { Post, Tag } from './post';

export interface TagSummary extends Tag {
  count: number;
}

export interface AuthorSummary extends Author {
  count: number;
}

/** The lists of one language: its posts, and the tags and authors that have posts in it. */
export interface LanguageIndex {
  /** Posts readers see, newest first. */
  posts: Post[];
  tags: TagSummary[];
  authors: AuthorSummary[];
  postsByTag: Map<string, Post[]>;
  postsByAuthor: Map<string, Post[]>;
}

/**
 * Everything the pages ask for, computed once from the parsed files. Its lists are the site's
 * own language's (French): a page that forgets to ask for a language shows French posts only;
 * `byLang` holds every language's, `published` every post readers see whatever its language.
 */
export interface ContentIndex extends LanguageIndex {
  /** Every post readers see, in every language, newest first: the post pages, the sitemap, the redirects. */
  published: Post[];
  /** Each language's lists, by code (site.config.ts), every configured language present. */
  byLang: Record<string, LanguageIndex>;
  /** Every valid post, drafts and scheduled included: what the checks look at. */
  allPosts: Post[];
  problems: Problem[];
}

export interface IndexOptions {
  /** Posts dated after this are scheduled. */
  now: Date;
  /** Show drafts and scheduled posts (development). */
  showUnpublished: boolean;
}

/** Whether a build publishes the post: neither a draft nor dated after the build. */
export const isPublished = (post: Post) => !post.draft && !post.scheduled;

const newestFirst = (a: Post, b: Post) =>
  b.publishAt.getTime() - a.publishAt.getTime() || a.slug.localeCompare(b.slug);

export function buildIndex(parsed: Post[], profiles: Author[], options: IndexOptions): ContentIndex {
  const problems: Problem[] = [];
  const profileBySlug = new Map(profiles.map((a) => [a.slug, a]));
  const implicit = new Map<string, Author>();

  for (const post of parsed) {
    post.scheduled = post.publishAt.getTime() > options.now.getTime();
    if (post.authorSlugs) {
      post.authors = [];
      for (const slug of post.authorSlugs) {
        const author = profileBySlug.get(slug);
        if (author) post.authors.push(author);
        else {
          const guess = closest(slug, [...profileBySlug.keys()]);
          problems.push(
            problem('unknownAuthorSlug', post.file, { slug, guess }),
          );
        }
      }
      if (!post.byline) post.byline = post.authors.map((a) => a.name).join(', ');
    } else {
      const { authors, unknown } = resolveByline(post.byline, profiles);
      post.authors = authors;
      for (const name of unknown) {
        const author = bylineAuthor(name);
        if (!author.slug) continue;
        const existing = profileBySlug.get(author.slug) ?? implicit.get(author.slug);
        if (!existing) implicit.set(author.slug, author);
        post.authors.push(existing ?? author);
      }
    }
  }

  const visible = parsed.filter((p) => options.showUnpublished || isPublished(p)).sort(newestFirst);

  // Two posts on one URL would silently overwrite each other in out/.
  const byPath = new Map<string, Post>();
  for (const post of [...parsed].sort((a, b) => a.file.localeCompare(b.file))) {
    const other = byPath.get(post.path.toLowerCase());
    if (other) {
      problems.push(
        problem('samePostUrl', post.file, { path: post.path, other: other.file }),
      );
    } else byPath.set(post.path.toLowerCase(), post);
  }

  const tagBySlug = new Map<string, TagSummary>();
  for (const post of parsed) {
    for (const tag of post.tags) {
      const known = tagBySlug.get(tag.slug);
      if (known && known.name !== tag.name) {
        problems.push(
          problem('tagSameUrl', post.file, { tag: tag.name, slug: tag.slug, known: known.name }),
        );
      } else if (!known) tagBySlug.set(tag.slug, { ...tag, count: 0 });
    }
  }

  problems.push(...linkTranslations(parsed, visible));
  const people = [...profiles, ...implicit.values()];
  const byLang = Object.fromEntries(
    languageCodes.map((lang) => [lang, languageIndex(visible.filter((p) => p.lang === lang), tagBySlug, people, lang === defaultLang)]),
  );
  const own = byLang[defaultLang] ?? languageIndex([], tagBySlug, people, true);

  return { ...own, published: visible, byLang, allPosts: parsed, problems };
}

/**
 * One language's lists. Tags and authors are shared by the languages: each gets its page in a
 * language where it has posts; a profile with no post at all has its page in the site's language.
 */
function languageIndex(visible: Post[], tagBySlug: ReadonlyMap<string, TagSummary>, people: Author[], siteLanguage: boolean): LanguageIndex {
  const counts = new Map<string, TagSummary>();
  const postsByTag = new Map<string, Post[]>();
  for (const post of visible) {
    for (const tag of post.tags) {
      const known = tagBySlug.get(tag.slug);
      if (!known || known.name !== tag.name) continue;
      const summary = counts.get(tag.slug) ?? { name: known.name, slug: known.slug, count: 0 };
      summary.count++;
      counts.set(tag.slug, summary);
      postsByTag.set(tag.slug, [...(postsByTag.get(tag.slug) ?? []), post]);
    }
  }

  const postsByAuthor = new Map<string, Post[]>();
  for (const post of visible) {
    for (const a of post.authors) postsByAuthor.set(a.slug, [...(postsByAuthor.get(a.slug) ?? []), post]);
  }
  const authors = people
    .map((a) => ({ ...a, count: postsByAuthor.get(a.slug)?.length ?? 0 }))
    // A profile with no published post still has a page; a byline of drafts only has none.
    .filter((a) => (siteLanguage && a.hasProfile) || a.count > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));

  const tags = [...counts.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return { posts: visible, tags, authors, postsByTag, postsByAuthor };
}

/**
 * Ties the posts that share a `lang-ref`: each visible post gets its visible versions in the other
 * languages. Two posts of one language on one `lang-ref` are an error (which would the switch lead
 * to?); a `lang-ref` that no post of another language shares is a warning (a typo, or a
 * translation still to write).
 */
function linkTranslations(parsed: Post[], visible: Post[]): Problem[] {
  const problems: Problem[] = [];
  const groups = new Map<string, Post[]>();
  for (const post of [...parsed].sort((a, b) => a.file.localeCompare(b.file))) {
    if (post.langRef === undefined) continue;
    groups.set(post.langRef, [...(groups.get(post.langRef) ?? []), post]);
  }
  const order = (lang: string) => languageCodes.indexOf(lang);
  const shown = new Set(visible);
  for (const [ref, group] of groups) {
    const firstOf = new Map<string, Post>();
    for (const post of group) {
      const other = firstOf.get(post.lang);
      if (other) problems.push(problem('sameLangRef', post.file, { ref, lang: post.lang, other: other.file }));
      else firstOf.set(post.lang, post);
    }
    if (firstOf.size < 2) {
      // Two posts of one language are reported as such already.
      if (group.length === 1) problems.push(problem('langRefAlone', group[0]!.file, { ref }));
      continue;
    }
    for (const post of group) {
      if (!shown.has(post) || firstOf.get(post.lang) !== post) continue;
      post.translations = [...firstOf.values()]
        .filter((p) => p.lang !== post.lang && shown.has(p))
        .sort((a, b) => order(a.lang) - order(b.lang))
        .map((p) => ({ lang: p.lang, path: p.path, title: p.title }));
    }
  }
  return problems;
}
