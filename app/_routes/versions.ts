import type { Version } from '@/lib/metadata';
import type { Post } from '@/lib/content/post';
import { languageCodes } from '@/lib/languages';
import { getAuthors, getTags } from '@/lib/site';
import { authorPath, tagPath } from '@/lib/urls';

/** A page every language has (home, blog, tags, authors): its address in each. */
export const everyLanguage = (pathOf: (lang: string) => string): Version[] => languageCodes.map((lang) => ({ lang, path: pathOf(lang) }));

/** A post and its translations. */
export const postVersions = (post: Post): Version[] => [{ lang: post.lang, path: post.path }, ...post.translations];

/** The languages a tag has posts in. */
export const tagLanguages = (slug: string): string[] => languageCodes.filter((lang) => getTags(lang).some((t) => t.slug === slug));

/** The languages an author has a page in. */
export const authorLanguages = (slug: string): string[] => languageCodes.filter((lang) => getAuthors(lang).some((a) => a.slug === slug));

export const tagVersions = (slug: string): Version[] => tagLanguages(slug).map((lang) => ({ lang, path: tagPath(slug, 1, lang) }));
export const authorVersions = (slug: string): Version[] => authorLanguages(slug).map((lang) => ({ lang, path: authorPath(slug, 1, lang) }));
