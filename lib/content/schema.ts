import { z } from 'zod';

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
  'lang-ref': z.string().optional(),
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

/** What an author may write for each key, for error messages. */
export const expectedShape: Record<string, string> = {
  title: 'a line of text, e.g. `title: "Mon article"`',
  description: 'a sentence or two of text, shown on cards and in feeds',
  author: 'the byline as text, e.g. `author: Sophie Miljkovic, équipe EIG`',
  authors: 'a list of author slugs from content/authors/, e.g. `authors: [mathilde-bras]`',
  twitter: 'a handle without @, e.g. `twitter: Mathilde_Bras`',
  image: 'a path under public/, e.g. `image: /img/blog/photo.jpg`, or an https:// URL',
  tags: 'a list, e.g. `tags: [accompagnement, évaluation]`',
  date: 'a date, e.g. `date: 2018-09-24` or `date: 2018-09-24 10:00:00 +0200`',
  slug: 'an ASCII slug, e.g. `slug: mon-article`',
  draft: '`true` or `false`',
  published: '`true` or `false`',
  redirect_from: 'a URL path or a list of them, e.g. `redirect_from: [/ancienne/adresse/]`',
  imported_tags: 'a list of the old site\'s tags that are not allowed here, e.g. `imported_tags: [open-data]`',
  known_missing: 'a list of paths of files that were already missing on the old site, e.g. `known_missing: [/img/blog/perdue.jpg]`',
  name: 'the person or team name, e.g. `name: Mathilde Bras`',
  aliases: 'a list of other spellings, e.g. `aliases: [M. Bras]`',
  avatar: 'a path under public/, e.g. `avatar: /img/communaute/photo.jpg`',
  website: 'an https:// or http:// address, e.g. `website: https://example.org`',
};

/** Front matter of a static page of content/pages/ (mentions légales, accessibilité…). */
export const pageFrontMatterSchema = z.looseObject({
  title: nonEmpty,
  description: nonEmpty,
});

export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;
