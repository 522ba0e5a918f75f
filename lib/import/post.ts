import { dayToDate, parsePostFileName, type DayParts } from '../dates';
import { lineOfKey, parseFrontMatter } from '../content/front-matter';
import { safeDecode } from '../content/images';
import { redirectShadowProblem, redirectSourceProblem, type Refusal } from '../content/redirects';
import { siteEntries } from '../content/site-entries';
import { twitterHandle } from '../content/post';
import { describe, problem, type Finding, type ProblemKey, type ProblemParams } from '../messages';
import type { Problem } from '../problems';
import { translateJekyll } from '../markdown/jekyll';
import { isUrlSafeSlug, slugify } from '../slug';
import { authorsPath, blogPath, homePath, legacyPostPath, postPath, tagsPath } from '../urls';
import { findAuthorData, type JekyllAuthor } from './authors';
import { cleanBody } from './body';
import { deriveDescription, mapTags, serializeFile, tagList, titleFromSlug } from './front-matter';
import { dropEmpty } from './front-matter';
import { expandPermalink } from './permalink';
import { defaultLang, isSiteLanguage } from '../languages';
import { jekyllDate } from './jekyll-date';
import { applyDefaults, jekyllCategories } from './jekyll-defaults';
import type { JekyllConfig } from './jekyll-config';
import { decodeEntities, kramdownBody, originalIndex } from './kramdown';
import { findRefs, replaceRefs, resolveRef, type RefContext } from './references';

export interface PostInput {
  /** Path in the Jekyll site, e.g. `_posts/2018-09-24-x.md`: what the report names. */
  source: string;
  text: string;
  /** Categories Jekyll gave the post from the folders above its `_posts/` (`news/_posts/` → news). */
  folderCategories?: readonly string[];
}

export interface PostContext extends Omit<RefContext, 'postDir'> {
  config: JekyllConfig;
  authors: readonly JekyllAuthor[];
  allowedTags: readonly string[];
  maxTags: number;
}

export interface ConvertedPost {
  source: string;
  /** File name in content/posts/ (or in its language's folder, content/posts/en/: see langFile). */
  fileName: string;
  /** Its language: the site's, or that of the `<lang>/_posts/` folder it came from (`en/_posts/` → en). */
  lang: string;
  text: string;
  day: DayParts;
  slug: string;
  draft: boolean;
  byline: string;
  twitter?: string;
  /** Site paths of the files it refers to, to copy into public/. */
  copies: string[];
  /** Line of the Jekyll file on which the body starts. */
  bodyLine: number;
  /**
   * 0-based lines of the written body that the import inserted (blank lines where kramdown started
   * Markdown): every other line is a line of the Jekyll body, in order (see jekyllLine).
   */
  insertedLines: number[];
  /** Empty lines the converted body starts with: the written file may start with others (see writtenLine). */
  leadingBlankLines: number;
  fixes: Problem[];
  problems: Problem[];
}

const TRUE_FALSE: Record<string, boolean> = { true: true, false: false, yes: true, no: false };

/** Notes a fix made, by its key in lib/messages, at a line of the Jekyll file. */
type Fix = <K extends ProblemKey>(key: K, params: ProblemParams<K>, line?: number) => void;

/**
 * One Jekyll post as a post of this site: the same file name (a `.markdown` becomes `.md`),
 * its front matter completed and normalised so that it passes the checks, its body rewritten
 * into clean Markdown, and every local file it refers to found or listed as missing.
 * Pure: the same input always gives the same text.
 */
/**
 * The language of an old post: that of the folder above its `_posts/` when it is one of the site's
 * other languages (`en/_posts/`), else its own `lang:` when that is one of them, else the site's.
 */
function postLanguage(folderCategories: readonly string[], data: Record<string, unknown>): string {
  const folder = folderCategories[0];
  if (folder !== undefined && folder !== defaultLang && isSiteLanguage(folder)) return folder;
  return typeof data.lang === 'string' && isSiteLanguage(data.lang.trim()) ? data.lang.trim() : defaultLang;
}

/** Where a converted post is written in content/: `posts/x.md`, `posts/en/x.md`. */
export const langFile = (post: Pick<ConvertedPost, 'fileName' | 'lang'>): string =>
  post.lang === defaultLang ? `posts/${post.fileName}` : `posts/${post.lang}/${post.fileName}`;

/** The folder language of a file of content/ (`posts/en/x.md` → en), for parsePost. */
export const folderLangOf = (file: string): string | undefined => {
  const dir = file.split('/').slice(-2, -1)[0];
  return dir !== undefined && dir !== 'posts' && isSiteLanguage(dir) ? dir : undefined;
};

export function convertPost(input: PostInput, ctx: PostContext): ConvertedPost | { source: string; skipped: Problem } {
  const { source } = input;
  const fixes: Problem[] = [];
  const problems: Problem[] = [];
  const fix: Fix = (key, params, line) => fixes.push(problem(key, source, params, { line }));
  /** A fix or problem found below, already in words, with its line. */
  const noted = (n: Finding & { line?: number }) => ({ file: source, ...n });

  const parsed = parseFrontMatter(input.text);
  if (!parsed.ok) {
    return {
      source,
      skipped: problem('importFrontMatter', source, { reason: parsed.message }, { line: parsed.line }),
    };
  }
  const { body, bodyLine, rawFrontMatter } = parsed.file;
  const data: Record<string, unknown> = { ...parsed.file.data };
  const lineOf = (key: string) => lineOfKey(rawFrontMatter, key);
  for (const n of dropEmpty(data, lineOf)) fixes.push(noted(n));

  // File name and date. Drafts of `_drafts/` have no date in their name: Jekyll dated them at build.
  const baseName = source.split('/').pop() ?? source;
  const inDrafts = source.startsWith('_drafts/');
  const name = parsePostFileName(inDrafts ? `_2000-01-01-${baseName.replace(/^_/, '')}` : baseName);
  if (!name.ok && name.reason === 'slug') {
    // Jekyll published it under an address with no word (`/2021/04/06/....html`): this site cannot.
    return { source, skipped: problem('importNoSlug', source, { inDrafts, rename: `${inDrafts ? '' : `${name.text}-`}<slug>.${name.ext}` }) };
  }
  if (!name.ok) {
    return { source, skipped: problem('importBadFileName', source, name.reason === 'date' ? { date: name.text } : {}) };
  }
  applyDefaults(data, source, ctx.config, (keys) => fix('importDefaultsApplied', { keys }));
  if (data.date === null || data.date === '') delete data.date;
  const timeZone = ctx.config.timezone ?? 'UTC';
  const fileDay = inDrafts ? undefined : name.date;
  let dated = jekyllDate(data.date, fileDay, timeZone);
  if (!dated.ok && data.date !== undefined) {
    data.imported_date = data.date;
    delete data.date;
    fix('importDateUnread', { value: String(data.imported_date) }, lineOf('date'));
    dated = jekyllDate(undefined, fileDay, timeZone);
  }
  if (dated.ok && dated.rewritten) {
    fix('importDateShifted', { value: String(data.date), day: dated.rewritten.slice(0, 10), zone: timeZone, written: dated.rewritten }, lineOf('date'));
    data.date = dated.rewritten;
  }
  const day: DayParts | undefined = dated.ok ? dated.day : undefined;
  if (!dated.ok || !day) {
    return { source, skipped: problem('importDraftNoDate', source, undefined) };
  }
  const isoDay = dayToDate(day).toISOString().slice(0, 10);
  const fileName = inDrafts ? `_${isoDay}-${name.slug}.md` : baseName.replace(/\.markdown$/, '.md');
  if (inDrafts) fix('importDraftRenamed', { fileName });
  if (baseName.endsWith('.markdown')) fix('importMarkdownRenamed', { fileName });

  // Old addresses become redirect_from entries only when `npm run check` will accept them; any
  // other is kept aside in imported_redirect_from and reported, so that the post still builds.
  const setAside = (url: string, refusal: Refusal, line: number | undefined) => {
    const aside = tagList(data.imported_redirect_from);
    if (!aside.includes(url)) data.imported_redirect_from = [...aside, url];
    const said = describe(refusal);
    problems.push(problem('importRedirectAside', source, { reason: said.message, reasonFix: said.fix ?? '' }, { line }));
  };

  // `en/_posts/` holds the old site's English posts: they go to content/posts/en/, at /en/… addresses.
  const lang = postLanguage(input.folderCategories ?? [], data);

  const writtenSlug = typeof data.slug === 'string' || typeof data.slug === 'number' ? String(data.slug) : undefined;
  let slug = name.slug;
  const oldSlug = typeof data.slug === 'string' && !isUrlSafeSlug(data.slug) ? data.slug : undefined;
  if (oldSlug !== undefined) {
    const safe = slugify(oldSlug);
    fix('importSlugChanged', { slug: oldSlug, safe }, lineOf('slug'));
    data.slug = safe;
  }
  if (typeof data.slug === 'string') slug = data.slug;
  const jekyllTitle = slug;
  if (!isUrlSafeSlug(slug)) slug = slugify(slug);
  const refusal = redirectRefusal(postPath(day, slug, lang));
  if (oldSlug !== undefined) {
    const url = encodeURI(legacyPostPath(day, oldSlug, lang));
    const refused = refusal(url);
    if (refused) setAside(url, refused, lineOf('slug'));
    else addRedirect(data, url);
  }

  // Old addresses: the site redirects legacyPostPath itself; any other permalink becomes a redirect_from.
  const categories = jekyllCategories(input.folderCategories ?? [], data);
  // A post's own permalink is a template as written (Jekyll reads no style name there).
  const template = typeof data.permalink === 'string' ? data.permalink : ctx.config.permalink;
  const oldUrl = expandPermalink(template, {
    time: dated.time,
    slug: (writtenSlug ?? name.slug).replace(/\.+$/, ''),
    basename: baseName.replace(/\.[^.]+$/, ''),
    categories,
    path: source.replace(/\.[^./]+$/, '').replace('_posts', ''),
  });
  // The loader redirects a post's Jekyll address in its language (`/en/blog/…/x.html`) itself.
  const known = [legacyPostPath(day, jekyllTitle, lang), postPath(day, slug, lang)].map((p) => safeDecode(p));
  if (oldUrl === undefined) {
    problems.push(problem('importPermalinkUnknown', source, { template }, { line: lineOf('permalink') }));
  } else {
    if (!known.includes(safeDecode(oldUrl))) {
      const refused = refusal(oldUrl);
      if (refused) setAside(oldUrl, refused, lineOf('permalink'));
      else {
        addRedirect(data, oldUrl);
        fix('importOldAddressKept', { url: oldUrl, permalink: template }, lineOf('permalink'));
      }
    }
    // Under a baseurl, readers knew the address with it: kept too, so that it answers whether the
    // blog is served at the root or under BASE_PATH=<baseurl> (where the first one answers).
    const full = ctx.config.baseurl ? `${encodeURI(ctx.config.baseurl)}${oldUrl}` : undefined;
    if (full && !known.includes(safeDecode(full)) && !refusal(full)) {
      addRedirect(data, full);
      fix('importOldAddressKept', { url: full, baseurl: ctx.config.baseurl }, lineOf('permalink'));
    }
  }
  normaliseRedirects(data, fix, lineOf('redirect_from'), ctx.config.url);
  for (const url of tagList(data.redirect_from)) {
    const refused = refusal(url);
    if (refused) {
      setAside(url, refused, lineOf('redirect_from'));
      removeRedirect(data, url);
    }
  }

  // Body: Jekyll markup, then every address it refers to.
  const pageVariables = Object.fromEntries(
    ['title', 'author', 'description'].flatMap((k) => (typeof data[k] === 'string' ? [[`page.${k}`, data[k] as string]] : [])),
  );
  const cleaned = cleanBody(body, bodyLine, { ...ctx.config.variables, ...pageVariables });
  cleaned.fixes.forEach((n) => fixes.push(noted(n)));
  cleaned.problems.forEach((n) => problems.push(noted(n)));
  // kramdown's reading made CommonMark's; it may insert blank lines, so lines are mapped back from here on.
  const kramdown = kramdownBody(cleaned.text);
  kramdown.notes.forEach(({ index, ...n }) => fixes.push(noted({ ...n, line: bodyLine + index })));
  const fileLine = (index: number) => bodyLine + originalIndex(kramdown.inserted, index);
  const refCtx: RefContext = { ...ctx, postDir: (oldUrl ?? legacyPostPath(day, jekyllTitle, lang)).replace(/[^/]*$/, '') };
  const copies: string[] = [];
  const missing: string[] = [];
  const noteRef = (raw: string, r: ReturnType<typeof resolveRef>, line: number | undefined) => {
    if (r.copy && !copies.includes(r.copy)) copies.push(r.copy);
    if (r.change) fix('importRefChanged', { raw, url: r.url, change: r.change }, line);
    if (r.missing) {
      if (!missing.includes(r.missing)) missing.push(r.missing);
      problems.push(problem('importFileMissing', source, { url: r.url, file: safeDecode(r.missing) }, { line }));
    }
  };
  const replacements = findRefs(kramdown.text).flatMap((ref) => {
    const r = resolveRef(ref.url, ref.image, refCtx);
    noteRef(ref.url, r, fileLine(ref.index));
    return r.url === ref.url ? [] : [{ ref, url: r.url }];
  });
  const newBody = replaceRefs(kramdown.text, replacements);

  const cover = typeof data.image === 'string' ? data.image : coverPath(data.image);
  if (cover !== undefined) {
    if (typeof data.image !== 'string') fix('importCoverPath', undefined, lineOf('image'));
    const r = resolveRef(cover.trim(), true, refCtx);
    noteRef(cover, r, lineOf('image'));
    data.image = r.url;
  } else if (data.image !== undefined) {
    data.imported_image = data.image;
    delete data.image;
    fix('importCoverNotPath', undefined, lineOf('image'));
  }
  if (missing.length) {
    const listed = tagList(data.known_missing);
    data.known_missing = [...listed, ...missing.filter((m) => !listed.includes(m))];
  }

  // Jekyll layouts printed the title and description raw: browsers showed `&amp;` as `&`.
  for (const key of ['title', 'description'] as const) {
    const value = data[key];
    if (typeof value !== 'string' || decodeEntities(value) === value) continue;
    data[key] = decodeEntities(value);
    fix('importEntities', { key, before: value, after: decodeEntities(value) }, lineOf(key));
  }

  // Required keys, and values of the types the schema wants.
  if (!text(data.title)) {
    data.title = text(data.title) ?? titleFromSlug(slug);
    fix('importNoTitle', { title: String(data.title) });
  } else data.title = text(data.title);
  if (!text(data.description)) {
    const from = text(data.excerpt) ?? text(data.summary);
    data.description = from ?? deriveDescription(newBody) ?? data.title;
    fix('importNoDescription', { description: String(data.description), from: from ? 'excerpt' : 'text' });
  } else data.description = text(data.description);

  const byline = readByline(data, ctx, fix, lineOf);
  for (const key of ['published', 'draft'] as const) {
    const v = data[key];
    if (typeof v === 'string' && v.toLowerCase() in TRUE_FALSE) {
      data[key] = TRUE_FALSE[v.toLowerCase()];
      fix('importBoolean', { key, value: v, written: data[key] === true }, lineOf(key));
    }
  }
  for (const key of ['layout', 'lang-ref'] as const) if (data[key] !== undefined && typeof data[key] !== 'string') data[key] = String(data[key]);

  if (data.twitter !== undefined) {
    const handle = twitterHandle(data.twitter);
    if (handle === undefined) {
      data.imported_twitter = data.twitter;
      delete data.twitter;
      problems.push(problem('importTwitterNotHandle', source, { value: String(data.imported_twitter) }, { line: lineOf('twitter') }));
    } else if (handle !== data.twitter) {
      fix('importTwitterHandle', { value: String(data.twitter), handle }, lineOf('twitter'));
      data.twitter = handle;
    }
  }

  const written = tagList(data.tags);
  const mapping = mapTags(written, categories, ctx.allowedTags, ctx.maxTags);
  for (const r of mapping.renamed) fix('importTagRenamed', { from: r.from, to: r.to }, lineOf(written.includes(r.from) ? 'tags' : 'categories') ?? lineOf('category'));
  if (data.tags !== undefined && !Array.isArray(data.tags)) fix('importSplitList', { key: 'tags', value: String(data.tags), list: written }, lineOf('tags'));
  // `categories: a b` is a list to Jekyll too: written as one, as it read it.
  if (data.categories !== undefined && !Array.isArray(data.categories)) {
    const list = tagList(data.categories);
    fix('importSplitList', { key: 'categories', value: String(data.categories), list }, lineOf('categories'));
    data.categories = list;
  }
  if (mapping.tags.length) data.tags = mapping.tags;
  else delete data.tags;
  if (mapping.imported.length) {
    const before = tagList(data.imported_tags);
    data.imported_tags = [...before, ...mapping.imported.filter((t) => !before.includes(t))];
    for (const tag of mapping.imported) {
      const near = mapping.suggestions.get(tag);
      const over = mapping.overLimit.includes(tag);
      problems.push(problem('importTagKept', source, { tag, over, max: ctx.maxTags, tags: mapping.tags, ...(near ? { near } : {}) }, { line: lineOf('tags') }));
    }
  }

  // Keys the import adds that every post has go first, where an author looks for them.
  const added = ['title', 'description', 'author'].filter((k) => !(k in parsed.file.data));
  const out = serializeFile({ ...Object.fromEntries(added.map((k) => [k, data[k]])), ...data }, newBody);
  // What `npm run check` would still find in the body: only Liquid kept on purpose inside raw spans.
  for (const f of translateJekyll(newBody).findings) {
    problems.push(problem('importLiquidLeft', source, { text: f.text, liquid: f.liquid }, { line: fileLine(f.line - 1) }));
  }
  const draft = fileName.startsWith('_') || data.draft === true || data.published === false;
  return { source, fileName, lang, text: out, day, slug, draft, byline, twitter: typeof data.twitter === 'string' ? data.twitter : undefined, copies, bodyLine, insertedLines: kramdown.inserted, leadingBlankLines: leadingBlankLines(newBody), fixes, problems };
}

/** The line of the Jekyll file that a 0-based line of a converted post's body comes from. */
export const jekyllLine = (post: Pick<ConvertedPost, 'bodyLine' | 'insertedLines'>, index: number): number =>
  post.bodyLine + originalIndex(post.insertedLines, index);

const leadingBlankLines = (body: string) => /^\n*/.exec(body)?.[0].length ?? 0;

/**
 * The line of the Jekyll file that a 0-based line of the body of the written file comes from:
 * that body starts with one empty line whatever the converted body started with.
 */
export const writtenLine = (post: Pick<ConvertedPost, 'bodyLine' | 'insertedLines' | 'leadingBlankLines'>, writtenBody: string, index: number): number =>
  jekyllLine(post, index - leadingBlankLines(writtenBody) + post.leadingBlankLines);

const text = (v: unknown): string | undefined =>
  (typeof v === 'string' || typeof v === 'number') && String(v).trim() ? String(v).trim() : undefined;

function coverPath(image: unknown): string | undefined {
  if (image && typeof image === 'object' && !Array.isArray(image)) return text((image as Record<string, unknown>).path);
  return undefined;
}

function addRedirect(data: Record<string, unknown>, url: string) {
  const list = tagList(data.redirect_from);
  if (!list.includes(url)) data.redirect_from = [...list, url];
}

function removeRedirect(data: Record<string, unknown>, url: string) {
  const list = tagList(data.redirect_from).filter((r) => r !== url);
  if (list.length) data.redirect_from = list;
  else delete data.redirect_from;
}

/** Entries written from the site root; the old site's own absolute URLs (`url:` of _config.yml) become paths. */
function normaliseRedirects(data: Record<string, unknown>, fix: Fix, line: number | undefined, siteUrl: string | undefined) {
  if (data.redirect_from === undefined) return;
  const list = tagList(data.redirect_from);
  const own = siteUrl ? `${siteUrl.replace(/\/+$/, '')}/` : undefined;
  const rooted = list.map((r) => (own && r.startsWith(own) ? r.slice(own.length - 1) : r.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(r) ? r : `/${r}`));
  if (rooted.some((r, i) => r !== list[i])) fix('importRedirectsRooted', undefined, line);
  if (!rooted.length) delete data.redirect_from;
  else if (typeof data.redirect_from !== 'string' || rooted.length > 1) data.redirect_from = rooted;
  else data.redirect_from = rooted[0];
}

/** The fixed pages of the site, which no redirect may replace, whatever the content. */
const FIXED_PAGES = [homePath(), blogPath(), tagsPath(), authorsPath()];

/**
 * Why `npm run check` would refuse an old address as a redirect of the post at `postAddress`:
 * the rules of addresses, then the pages and files known before the import ends (tag and author
 * pages and public/ are checked by `npm run check` itself).
 */
function redirectRefusal(postAddress: string): (url: string) => Refusal | undefined {
  const entryAt = siteEntries({ pages: [...FIXED_PAGES, postAddress] });
  return (url) => redirectSourceProblem(url) ?? redirectShadowProblem(url, entryAt);
}

/**
 * The byline, as written when it is text. jekyll-seo-tag also allowed a username of
 * `_data/authors.yml`, an object with `name:`, a list, or `authors: [usernames]`.
 */
function readByline(
  data: Record<string, unknown>,
  ctx: PostContext,
  fix: Fix,
  lineOf: (key: string) => number | undefined,
): string {
  const raw = data.author;
  let byline: string | undefined;
  if ((typeof raw === 'string' || typeof raw === 'number') && text(raw)) {
    const written = String(raw).trim();
    byline = written;
    // A username (of _data/authors.yml, or the file name in the people collection), not a name.
    const entry = ctx.authors.find((a) => [a.username, ...(a.otherUsernames ?? [])].some((u) => u.toLowerCase() === written.toLowerCase()));
    if (entry?.name && entry.name !== written) {
      const source = entry.source && entry.source !== '_data/authors.yml' ? { source: entry.source } : {};
      fix('importAuthorUsername', { written, name: entry.name, ...source }, lineOf('author'));
      byline = entry.name;
    }
  } else if (Array.isArray(raw)) {
    // Items are usernames, names, or objects with a `name:` (as jekyll-seo-tag allowed).
    const names = raw.flatMap((a) => {
      const n = a && typeof a === 'object' ? text((a as Record<string, unknown>).name) : text(a);
      return n ? [findAuthorData(n, ctx.authors)?.name ?? n] : [];
    });
    if (names.length) {
      byline = names.join(', ');
      fix('importAuthorWritten', { byline, from: 'list' }, lineOf('author'));
    }
  } else if (raw && typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    byline = text(o.name);
    if (byline) fix('importAuthorWritten', { byline, from: 'object' }, lineOf('author'));
    if (data.twitter === undefined && typeof o.twitter === 'string') data.twitter = o.twitter;
  }
  if (Array.isArray(data.authors)) {
    const usernames = data.authors.map(String);
    const names = usernames.map((u) => findAuthorData(u, ctx.authors)?.name ?? u);
    data.imported_authors = data.authors;
    delete data.authors;
    byline ??= names.join(', ');
    fix('importAuthorsMoved', { names }, lineOf('authors'));
  }
  if (!byline) {
    byline = ctx.config.author ?? ctx.config.title ?? 'Rédaction';
    fix('importNoAuthor', { byline, from: ctx.config.author ? 'author' : 'title' });
  }
  // A list or a mapping is kept as it was, beside the byline written from it: nothing of it is lost.
  if (raw !== undefined && typeof raw !== 'string' && typeof raw !== 'number') data.imported_author = raw;
  data.author = byline;
  return byline;
}

