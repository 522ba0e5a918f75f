import type { ZodError } from 'zod';
import { dayToDate, isoDay, parsePostFileName, parseFrontMatterDate, type DayParts } from '../dates';
import { closest, type Problem } from '../problems';
import { defaultLang, isSiteLanguage, languageCodes } from '../languages';
import { foldForMatch, isUrlSafeSlug, slugify } from '../slug';
import { legacyPostPath, ownSitePath, postPath } from '../urls';
import type { Author } from './authors';
import { frontMatterProblem, lineOfKey, lineOfListItem, parseFrontMatter } from './front-matter';
import { problem } from '../messages';
import { filePathOf, isLocalPath, safeDecode, type FileLookup } from './images';
import { KnownMissing } from './known-missing';
import { escapeOldAddress } from './redirects';
import { expectedShape, postFrontMatterSchema } from './schema';

export interface Tag {
  name: string;
  slug: string;
}

export interface CoverImage {
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

/** A post as the site uses it: every derived value computed once, here. */
export interface Post {
  /** Path from the project root, for messages. */
  file: string;
  format: 'md' | 'mdx';
  slug: string;
  day: DayParts;
  /** The calendar day, at UTC midnight. */
  date: Date;
  /** When it may be published (its date, with its time when one is written). */
  publishAt: Date;
  path: string;
  /** Old addresses that must lead here: the Jekyll `.html` URL and `redirect_from`. */
  redirectFrom: string[];
  /** The line of `redirect_from`, for messages about its entries. */
  redirectFromLine?: number;
  title: string;
  description: string;
  /** The byline as written; for `authors:` lists, their names joined. */
  byline: string;
  /** The line of `author`, for messages about the byline. */
  bylineLine?: number;
  /** Author slugs written in front matter, checked against profiles by the index. */
  authorSlugs: string[] | undefined;
  authors: Author[];
  twitter?: string;
  image?: CoverImage;
  tags: Tag[];
  draft: boolean;
  scheduled: boolean;
  /** Its language: one of site.config.ts's codes, from its folder (content/posts/en/) or `lang:`. */
  lang: string;
  /** `lang-ref`, as text: posts sharing it are versions of one another. */
  langRef?: string;
  /** Its published versions in the site's other languages, in the order of site.config.ts (set by the index). */
  translations: Translation[];
  readingMinutes: number;
  body: string;
  bodyLine: number;
}

/** Another language's version of a post, as the language switch and the alternates need it. */
export interface Translation {
  lang: string;
  path: string;
  title: string;
}

export interface PostContext {
  /** The language of the folder the file is in (content/posts/en/), when it is not content/posts/ itself. */
  folderLang?: string;
  /** Empty: every tag is allowed. */
  allowedTags: readonly string[];
  /** Where the list is written (content/tags.yml), for messages. */
  tagsFile?: string;
  maxTags: number;
  files: FileLookup;
  /** Pixel size of a local image, for covers. */
  imageSize?: (src: string) => { width: number; height: number } | undefined;
}

const TWITTER_HANDLE = /^[A-Za-z0-9_]{1,15}$/;

/** The handle a `twitter` value names: `@x`, `https://twitter.com/x` → `x`; undefined when there is none. */
export function twitterHandle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const bare = value
    .trim()
    .replace(/^@/, '')
    .replace(/^https?:\/\/(www\.)?(twitter|x)\.com\//i, '')
    .replace(/[/?].*$/, '');
  return TWITTER_HANDLE.test(bare) ? bare : undefined;
}

/**
 * A post's body, for the body checks, kept even when its front matter has mistakes, with its
 * `known_missing` list (the cover already checked against it).
 */
export type PostSource = Pick<Post, 'file' | 'format' | 'body' | 'bodyLine'> & { knownMissing?: KnownMissing };

/**
 * Parses and validates one post file. Returns the post when it is usable, every problem found,
 * and its body whenever the front matter could be read.
 */
export function parsePost(
  file: string,
  text: string,
  ctx: PostContext,
): { post?: Post; problems: Problem[]; source?: PostSource; intendedPath?: string } {
  const problems: Problem[] = [];
  const fileName = file.split('/').pop() ?? file;

  const parsed = parseFrontMatter(text);
  if (!parsed.ok) {
    problems.push(frontMatterProblem(file, parsed));
    return { problems, intendedPath: intendedPostPath(fileName, {}, ctx.folderLang) };
  }
  const { data, body, bodyLine, rawFrontMatter } = parsed.file;
  const lineOf = (key: string) => lineOfKey(rawFrontMatter, key);

  const name = parsePostFileName(fileName);
  let day: DayParts | undefined;
  let slug: string | undefined;
  let format: 'md' | 'mdx' = fileName.endsWith('.mdx') ? 'mdx' : 'md';
  // The file name's date, as written, when the name has no usable slug after it.
  let slugless: { date: string; ext: string } | undefined;
  if (name.ok) {
    day = name.date;
    slug = name.slug;
    format = name.ext === 'mdx' ? 'mdx' : 'md';
  } else if (name.reason === 'date') {
    problems.push(problem('fileDateNotReal', file, { date: name.text }));
  } else if (name.reason === 'slug') {
    day = name.date;
    slugless = { date: name.text, ext: name.ext };
  } else if (!/\.(md|mdx|markdown)$/.test(fileName)) {
    problems.push(problem('notMarkdownFile', file, undefined));
    return { problems };
  } else if (data.date === undefined) {
    problems.push(problem('noDateInName', file, undefined));
  } else {
    slug = fileName.replace(/^_/, '').replace(/\.(md|mdx|markdown)$/, '');
  }

  const result = postFrontMatterSchema.safeParse(data);
  if (!result.success) {
    problems.push(...zodProblems(file, result.error, rawFrontMatter, data));
  }

  let publishAt = day ? dayToDate(day) : undefined;
  if (data.date !== undefined) {
    const d = parseFrontMatterDate(data.date);
    if (d.ok) {
      day = d.day;
      publishAt = d.instant;
    } else {
      problems.push(problem('badDate', file, { value: String(data.date) }, { line: lineOf('date') }));
    }
  }

  if (typeof data.slug === 'string') {
    if (isUrlSafeSlug(data.slug)) slug = data.slug;
    else
      problems.push(problem('badSlug', file, { slug: data.slug, suggestion: slugify(data.slug) || 'mon-article' }, { line: lineOf('slug') }));
  } else if (slug !== undefined && !isUrlSafeSlug(slug)) {
    // Accented or spaced file names: the URL uses the transliterated slug, and the
    // address Jekyll gave the post becomes a redirect (see redirectFrom below).
    slug = slugify(slug) || undefined;
    if (!slug) slugless = { date: day ? isoDay(dayToDate(day)) : 'YYYY-MM-DD', ext: fileName.replace(/^.*\./, '') };
  }
  if (slugless && typeof data.slug !== 'string') {
    const words = (typeof data.title === 'string' && slugify(data.title)) || 'mon-article';
    const draft = fileName.startsWith('_') ? '_' : '';
    problems.push(problem('noSlugInName', file, { fileName, rename: `${draft}${slugless.date}-${words}.${slugless.ext}`, words }));
  }

  const fm = result.success ? result.data : undefined;
  const lang = postLanguage(file, data.lang, ctx.folderLang, lineOf('lang'), problems);

  // Read from the raw data, not the validated one, so that a file with several mistakes gets them all.
  if (data.author === undefined && data.authors === undefined) {
    problems.push(problem('missingAuthor', file, undefined, { line: 2 }));
  }

  let twitter: string | undefined;
  if (typeof data.twitter === 'string') {
    const handle = data.twitter.trim();
    if (TWITTER_HANDLE.test(handle)) twitter = handle;
    else {
      const bare = twitterHandle(handle);
      problems.push(problem('twitterNotHandle', file, { value: handle, handle: bare }, { line: lineOf('twitter') }));
    }
  }

  const tags: Tag[] = [];
  if (Array.isArray(data.tags)) {
    // Items that are not text are reported by the schema; the others are still checked.
    const written = data.tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '');
    if (written.length > ctx.maxTags) {
      problems.push(problem('tooManyTags', file, { count: written.length, max: ctx.maxTags }, { line: lineOf('tags') }));
    }
    written.forEach((tag, i) => {
      const allowed = ctx.allowedTags.length === 0 || ctx.allowedTags.includes(tag);
      if (!allowed) {
        const suggestion = closest(tag, ctx.allowedTags, foldForMatch);
        problems.push(
          problem(
            'tagNotAllowed',
            file,
            { index: i, tag, suggestion, allowed: ctx.allowedTags.join(', '), file: ctx.tagsFile ?? 'content/tags.yml' },
            { line: lineOfListItem(rawFrontMatter, 'tags', i) },
          ),
        );
      }
      if (!tags.some((t) => t.name === tag)) tags.push({ name: tag, slug: slugify(tag) });
    });
  }

  const knownMissing = new KnownMissing(file, data.known_missing, rawFrontMatter, ctx.files);
  let image: CoverImage | undefined;
  if (typeof data.image === 'string') {
    // The cover is shown from this site wherever it is deployed, even when written as an absolute URL of it.
    const src = ownSitePath(data.image.trim()) ?? data.image.trim();
    const knownGap = knownMissing.check(src, lineOf('image'));
    const refProblem = knownGap ?? checkPictureRef(file, src, lineOf('image'), ctx.files, 'image');
    if (refProblem) problems.push(refProblem);
    if (!knownGap && (typeof data.image_alt !== 'string' || !data.image_alt.trim())) {
      problems.push(problem('coverWithoutAlt', file, { image: src }, { line: lineOf('image') }));
    }
    // A cover known to be missing is left out rather than shown broken on cards and pages.
    if (!knownGap) {
      image = { src, alt: typeof data.image_alt === 'string' ? data.image_alt : '', ...(refProblem ? {} : ctx.imageSize?.(src)) };
    }
  }
  // Images of the body are checked with the body (lib/content/body-checks.ts), on its parsed tree.
  const source: PostSource = { file, format, body, bodyLine, knownMissing };
  if (!fm || !day || !slug || problems.some((p) => p.severity === 'error')) {
    return { problems, source, intendedPath: intendedPostPath(fileName, data, lang) };
  }

  // Jekyll's permalink used the front-matter slug when there was one, else the file name's (accents included).
  const redirectFrom = [escapeOldAddress(legacyPostPath(day, typeof data.slug === 'string' ? data.slug : name.ok ? name.slug : slug, lang))];
  const extra = fm.redirect_from === undefined ? [] : Array.isArray(fm.redirect_from) ? fm.redirect_from : [fm.redirect_from];
  redirectFrom.push(...extra);

  const post: Post = {
    file,
    format,
    slug,
    day,
    date: dayToDate(day),
    publishAt: publishAt ?? dayToDate(day),
    path: postPath(day, slug, lang),
    redirectFrom,
    redirectFromLine: lineOf('redirect_from'),
    title: fm.title,
    description: fm.description,
    byline: fm.author ?? '',
    bylineLine: lineOf('author'),
    authorSlugs: fm.authors,
    authors: [],
    twitter,
    image,
    tags,
    draft: fileName.startsWith('_') || fm.draft === true || fm.published === false,
    scheduled: false,
    lang,
    langRef: fm['lang-ref'] === undefined || String(fm['lang-ref']).trim() === '' ? undefined : String(fm['lang-ref']).trim(),
    translations: [],
    readingMinutes: readingMinutes(body),
    body,
    bodyLine,
  };
  return { post, problems, source };
}

/**
 * The address a post file would have, from its file name and, when its front matter could be read,
 * its own `date:` and `slug:`: what the dev server keeps answering at while the post has an error,
 * so that the author sees the error there instead of a missing page. Undefined when nothing gives one.
 */
export function intendedPostPath(fileName: string, data: Record<string, unknown> = {}, folderLang?: string): string | undefined {
  const name = parsePostFileName(fileName);
  let day = name.ok || name.reason === 'slug' ? name.date : undefined;
  let slug = name.ok ? name.slug : undefined;
  if (data.date !== undefined) {
    const d = parseFrontMatterDate(data.date);
    if (d.ok) day = d.day;
  }
  if (typeof data.slug === 'string' && isUrlSafeSlug(data.slug)) slug = data.slug;
  else if (slug !== undefined && !isUrlSafeSlug(slug)) slug = slugify(slug) || undefined;
  const lang = typeof data.lang === 'string' && isSiteLanguage(data.lang.trim()) ? data.lang.trim() : (folderLang ?? defaultLang);
  return day && slug ? postPath(day, slug, lang) : undefined;
}

/**
 * A post's language: its folder's, else its `lang:`, else the site's. A `lang:` that is not one
 * of the site's languages, or that contradicts the folder, is an error (the post is withheld
 * rather than published under the wrong language's address).
 */
function postLanguage(file: string, written: unknown, folderLang: string | undefined, line: number | undefined, problems: Problem[]): string {
  const fallback = folderLang ?? defaultLang;
  if (written === undefined) return fallback;
  const lang = String(written).trim();
  if (!isSiteLanguage(lang)) {
    // `EN`, `en-GB`, `english`, `français`: the site's code they begin with.
    const guess = languageCodes.find((code) => lang.toLowerCase().startsWith(code));
    problems.push(problem('unknownLanguage', file, { lang, known: languageCodes.join(', '), guess }, { line }));
    return fallback;
  }
  if (folderLang && lang !== folderLang) {
    problems.push(problem('langFolderMismatch', file, { lang, folder: file.split('/').slice(0, -1).join('/'), folderLang }, { line }));
    return fallback;
  }
  return lang;
}

/** A local path must exist with the same case; a remote one must be https. */
export function checkFileRef(
  file: string,
  src: string,
  line: number | undefined,
  files: FileLookup,
  what: string,
): Problem | undefined {
  // A URL on the site's own origin is a file of this site: it must exist in public/ like a path.
  const own = ownSitePath(src);
  if (own) return checkFileRef(file, own, line, files, what);
  if (/^https:\/\//i.test(src)) return undefined;
  if (/^http:\/\//i.test(src)) {
    return problem('fileOverHttp', file, { what, src, https: src.replace(/^http:/i, 'https:') }, { line });
  }
  if (!isLocalPath(src)) {
    return problem('fileNotRootPath', file, { what, src }, { line });
  }
  const refused = files.refused(src);
  if (refused) return problem('fileRefused', file, { what, src, reason: refused.reason }, { line });
  if (files.exists(src)) return undefined;
  const right = files.caseMatch(src);
  return problem('fileNotFound', file, { what, src, decoded: safeDecode(src), right, accents: right === undefined ? undefined : accentsOf(src, right) }, { line });
}

/** Where the accents are decomposed when two spellings differ only by them: in the post, or in the file's name. */
function accentsOf(src: string, right: string): 'post' | 'file' | undefined {
  const written = filePathOf(src);
  if (written === right || written.normalize('NFC') !== right.normalize('NFC')) return undefined;
  return right === right.normalize('NFC') ? 'post' : 'file';
}

const PICTURE_FOLDER = { image: 'img/blog', avatar: 'img/communaute' } as const;

/**
 * A cover (`image`) or an `avatar`: a path under public/ or an https:// URL, nothing else. Cards,
 * pages and feeds show it as an address: inline `data:`, a script, another scheme or an address
 * with no scheme (`//host/x.jpg`) is refused before it reaches them.
 */
export function checkPictureRef(
  file: string,
  src: string,
  line: number | undefined,
  files: FileLookup,
  key: keyof typeof PICTURE_FOLDER,
): Problem | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src)?.[1]?.toLowerCase();
  if (src.startsWith('//') || (scheme && scheme !== 'https' && scheme !== 'http')) {
    return problem('pictureNotAddress', file, { key, src: shorten(src), folder: PICTURE_FOLDER[key] }, { line });
  }
  return checkFileRef(file, src, line, files, key);
}

/** A value short enough for a message: a `data:` URL may be thousands of characters long. */
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);




/** Minutes at 220 words a minute; tags and link targets are not words. */
function readingMinutes(body: string): number {
  const text = body.replace(/<[^>]*>|\]\([^)]*\)/g, ' ');
  const words = text.match(/\p{L}[\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / 220));
}

function zodProblems(file: string, err: ZodError, rawFrontMatter: string, data: Record<string, unknown>): Problem[] {
  return err.issues.map((issue) => {
    const [key, index] = issue.path;
    const keyName = String(key ?? '');
    const where = typeof index === 'number' ? `${keyName}[${index}]` : keyName;
    const line =
      typeof index === 'number' ? lineOfListItem(rawFrontMatter, keyName, index) : lineOfKey(rawFrontMatter, keyName);
    // zod 4 leaves the input out of its issues: a key is missing when the data lacks it.
    const missing = issue.code === 'invalid_type' && issue.path.length === 1 && data[keyName] === undefined;
    const shape = expectedShape[keyName];
    if (missing) return problem('missingKey', file, { key: where, shape }, { line: 2 });
    // zod's own words, in English: the key and the expected shape say the rest.
    return problem('badValue', file, { key: where, problem: issue.message.replace(/^Invalid input: /, ''), shape }, { line });
  });
}
