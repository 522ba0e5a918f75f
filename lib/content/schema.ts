import { z } from 'zod';
import { messages } from '../messages';

/**
 * Front matter of a post, declared once; the types below derive from it.
 * Jekyll keys and unknown keys are tolerated (kept, not required) so that imported
 * posts keep everything they had.
 */
const nonEmpty = z.string().trim().min(1);

export const postFrontMatterSchema = z.looseObject({
  title: nonEmpty,
  description: nonEmpty,
  author: nonEmpty.optional(),
  authors: z.array(nonEmpty).min(1).optional(),
  twitter: nonEmpty.optional(),
  image: nonEmpty.optional(),
  image_alt: nonEmpty.optional(),
  tags: z.array(nonEmpty).optional(),
  // Parsed as text (no YAML timestamps) and checked by lib/dates.
  date: z.union([z.string(), z.date()]).optional(),
  slug: nonEmpty.optional(),
  draft: z.boolean().optional(),
  published: z.boolean().optional(),
  redirect_from: z.union([nonEmpty, z.array(nonEmpty)]).optional(),
  layout: z.string().optional(),
  // The post's language, when its folder does not say it (lib/languages.ts); checked by lib/content/post.ts.
  lang: z.string().optional(),
  // Posts sharing it are versions of one another in other languages.
  'lang-ref': z.union([z.string(), z.number()]).optional(),
  // Written by the Jekyll importer: tags the site does not allow, kept so nothing is lost.
  imported_tags: z.array(nonEmpty).optional(),
  // Written by the Jekyll importer: local files the old site referred to but never had.
  // Referring to them is a warning, not an error, so the imported site builds; any new broken reference stays an error.
  known_missing: z.array(nonEmpty).optional(),
});

export type PostFrontMatter = z.infer<typeof postFrontMatterSchema>;

export const authorFrontMatterSchema = z.looseObject({
  name: nonEmpty,
  twitter: nonEmpty.optional(),
  avatar: nonEmpty.optional(),
  aliases: z.array(nonEmpty).optional(),
  // A link on the author's page: a web address only, never `javascript:` or another scheme.
  website: z.httpUrl({ error: 'must be an https:// or http:// address' }).optional(),
});

export type AuthorFrontMatter = z.infer<typeof authorFrontMatterSchema>;

/** What an author may write for each key, for error messages: from the site language's dictionary. */
export const expectedShape: Record<string, string> = messages().shapes;

/** Front matter of a static page of content/pages/ (mentions légales, accessibilité…). */
export const pageFrontMatterSchema = z.looseObject({
  title: nonEmpty,
  description: nonEmpty,
});

export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;
