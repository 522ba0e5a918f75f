import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../../site.config';
import { languageCodes } from '../languages';
import { problem } from '../messages';
import { ContentError, errorsOf, type Problem } from '../problems';
import type { Author } from './authors';
import { parseAuthor } from './author-file';
import { ownSitePath } from '../urls';
import { checkBody, type BodyAnalysisCache, type BodyCheck } from './body-checks';
import { lintLinks, siteAddresses } from './body-lint';
import type { LinkReference } from '../markdown/references';
import { buildIndex, type ContentIndex, type IndexOptions } from './build-index';
import { isLocalPath, localImageSize, publicFileLookup, publicDirFromEnv, type FileLookup } from './images';
import { parsePost, type Post, type PostContext, type PostSource } from './post';
import { ParseMemo } from './parse-memo';
import { parseRedirectsFile } from './redirects-file';
import { exportedPaths } from './pages';
import { checkRedirects, type Redirect } from './redirects';
import { siteEntries } from './site-entries';
import { inspect, listFolder, refusedLinksUnder, refusedProblem } from './safe-files';
import { readAllowedTags, TAGS_FILE } from './tags-file';
import { readContentText } from './text-file';
import { parseStaticPage, staticPageAddressProblems, type StaticPage } from './static-page';
import { readContentSnapshot } from './snapshot';
import { readingDevContent, shareDevContent, sharedDevContent } from './dev-share';
import { loadBodyCache } from './body-cache-file';
import { awaitBuildFile } from '../build-handoff';

/**
 * The one module that reads content/. Pages, feeds, scripts and the checker ask it;
 * none of them touches the file system for content.
 */

export interface LoadOptions extends Partial<IndexOptions> {
  root?: string;
  contentDir?: string;
  publicDir?: string;
  /**
   * Also check each body (Liquid, MDX, alt text, links to posts): `report` adds its problems
   * (`npm run check`); `exclude` also leaves out the posts whose body has an error, as the
   * loader does for front-matter errors (the dev preview). The build does neither: it runs
   * after `npm run check`.
   */
  bodies?: 'report' | 'exclude';
  /** What the bodies' trees said in an earlier run, by hash of their text: only changed bodies are read again. */
  bodyCache?: BodyAnalysisCache;
  /** What each post file gave at an earlier load of this process (the dev server's, the build's check): only changed files are read again. */
  postMemo?: ParseMemo<ReadPost>;
}

/**
 * A post file read and parsed, with its body's checks when the load checks bodies, or why it could
 * not be read. The checks are made with the parse, so that the dev server's memory of parses
 * (`LoadOptions.postMemo`) spares them too: they read the body's trees and ask public/ about its images.
 */
type ReadPost = (ReturnType<typeof parsePost> & { bodyCheck?: BodyCheck }) | { unreadable: Problem };

export interface LoadedContent extends ContentIndex {
  contentDir: string;
  publicDir: string;
  /**
   * Old addresses: each post's Jekyll URL and `redirect_from`, and content/redirects.yml; only
   * those that pass the checks of lib/content/redirects.ts, once each: what the build writes.
   */
  redirects: Redirect[];
  /** The body of every post and static page whose front matter could be read, valid or not: what the body checks read. */
  sources: PostSource[];
  /** The local images each body shows, by file, when the bodies were checked (`bodies` option). */
  bodyImages: ReadonlyMap<string, readonly string[]>;
  /** The static pages of content/pages/, by address. */
  pages: StaticPage[];
  /** Every file a post or page lists in `known_missing`: shown broken as on the old site, and reported as such already. */
  knownMissing: string[];
  /**
   * Posts left out for an error, with the address they would have: the dev server still answers
   * there (with the error banner) instead of Next's error for a page missing from generateStaticParams.
   */
  withheld: WithheldPost[];
}

export interface WithheldPost {
  file: string;
  path: string;
}

export function contentDirFromEnv(root = process.cwd()): string {
  return path.resolve(root, process.env.CONTENT_DIR ?? 'content');
}

/** "Now" for scheduling: `BUILD_DATE` (a date or an ISO instant) lets tests and rebuilds pin it. */
export function nowFromEnv(): Date {
  const raw = process.env.BUILD_DATE;
  if (!raw) return new Date();
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T23:59:59Z` : raw);
  if (Number.isNaN(date.getTime())) {
    throw new ContentError([problem('buildDateInvalid', 'BUILD_DATE', { value: raw })]);
  }
  return date;
}

const isDev = () => process.env.NODE_ENV === 'development';

export const showUnpublishedFromEnv = () => isDev() || process.env.SHOW_UNPUBLISHED === '1';

/** Names of a folder's visible entries, sorted: the dev server's fingerprint reads no file through them. */
function listFiles(dir: string, pattern: RegExp): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => pattern.test(f) && !f.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
}

/** A folder name that reads as a language code: `de`, `pt-BR`. */
const LANGUAGE_LIKE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;

interface ContentFile {
  /** The language its folder gives it: content/posts/en/ → `en`; undefined in content/posts/ itself. */
  folderLang?: string;
  name: string;
  /** Where to read it: its real path, checked to be inside content/. */
  real: string;
  /** Its path from the project root, for messages. */
  shown: string;
}

/**
 * The regular files of one folder of content/, read through no symbolic link that leaves
 * content/. Whatever else is there is reported, never skipped in silence: links that leave,
 * loop or lead nowhere, folders, and things that are not files (a pipe would hang the read).
 */
function contentFiles(
  dir: string,
  contentDir: string,
  rel: (f: string) => string,
  problems: Problem[],
  /** Sub-folders to hand back rather than report (content/posts/en/): their names, and where found ones go. */
  folders?: { names: readonly string[]; found: { name: string; dir: string }[] },
): ContentFile[] {
  const folder = `${rel(contentDir)}/`;
  const self = inspect(contentDir, dir);
  if (self.kind === 'refused') {
    problems.push(refusedProblem(rel(dir), self, folder));
    return [];
  }
  if (self.kind !== 'directory') return [];
  const files: ContentFile[] = [];
  const listed = listFolder(dir, contentDir);
  for (const name of listed?.hidden ?? []) {
    problems.push(
      problem('hiddenFile', rel(path.join(dir, name)), undefined),
    );
  }
  for (const { name, entry } of listed ?? []) {
    const shown = rel(path.join(dir, name));
    if (entry.kind === 'refused') problems.push(refusedProblem(shown, entry, folder));
    else if (entry.kind === 'directory' && folders?.names.includes(name)) folders.found.push({ name, dir: path.join(dir, name) });
    else if (entry.kind === 'directory' && folders && LANGUAGE_LIKE.test(name)) {
      // content/posts/de/ on a site without German: a language, not a stray folder.
      problems.push(problem('unknownLanguage', shown, { lang: name, known: languageCodes.join(', '), guess: undefined }));
    } else if (entry.kind === 'directory') {
      problems.push(
        problem('folderNotRead', shown, { folder: rel(dir), outOf: folder }),
      );
    } else if (entry.kind === 'other') {
      problems.push(problem('notRegularFile', shown, { expected: 'file' }));
    } else if (entry.kind === 'file') files.push({ name, real: entry.real, shown });
  }
  return files;
}

/**
 * The files of content/posts/ and of its language folders (content/posts/en/), each with the
 * language its folder gives it. Any other folder is reported, as in every folder of content/.
 */
function postFiles(postsDir: string, contentDir: string, rel: (f: string) => string, problems: Problem[]): ContentFile[] {
  const folders = { names: languageCodes, found: [] as { name: string; dir: string }[] };
  const files = contentFiles(postsDir, contentDir, rel, problems, folders);
  for (const { name, dir } of folders.found) {
    files.push(...contentFiles(dir, contentDir, rel, problems).map((f) => ({ ...f, folderLang: name })));
  }
  return files;
}

/** Reads, validates and indexes every post and author. Never throws for a content mistake. */
export function loadContent(options: LoadOptions = {}): LoadedContent {
  const root = options.root ?? process.cwd();
  const contentDir = options.contentDir ?? contentDirFromEnv(root);
  const publicDir = options.publicDir ?? publicDirFromEnv(root);
  const files = publicFileLookup(publicDir);
  const rel = (f: string) => path.relative(root, f) || f;
  const problems: Problem[] = [];

  const postsDir = path.join(contentDir, 'posts');
  const authorsDir = path.join(contentDir, 'authors');
  if (!statSafe(postsDir)?.isDirectory()) {
    problems.push(problem('noPostsFolder', rel(postsDir), { folder: rel(postsDir) }));
  }
  // next build copies public/ whole into out/, following links: one that leaves public/ would publish what it leads to.
  for (const link of refusedLinksUnder(publicDir)) problems.push(refusedProblem(rel(link.path), link, `${rel(publicDir)}/`));

  const profiles = readProfiles(authorsDir, contentDir, rel, files, problems);

  const allowed = readAllowedTags(contentDir, root);
  problems.push(...allowed.problems);
  const posts: Post[] = [];
  const sources: PostSource[] = [];
  const withheld: WithheldPost[] = [];
  const postFilesRead = new Set<string>();
  // Asked of every post with an image at every load of the dev server (its memory of parses asks public/
  // again): an image several posts show, a cover most often, is looked up once per load.
  const sizes = new Map<string, ReturnType<typeof localImageSize>>();
  const imageSize = (src: string) => {
    if (!isLocalPath(src)) return undefined;
    if (!sizes.has(src)) sizes.set(src, localImageSize(publicDir, src));
    return sizes.get(src);
  };
  const bodyChecks = new Map<PostSource, BodyCheck>();
  for (const file of postFiles(postsDir, contentDir, rel, problems)) {
    if (!/\.(md|mdx|markdown)$/.test(file.name)) {
      problems.push(
        problem('notPostFile', file.shown, undefined),
      );
      continue;
    }
    const ctx: PostContext = {
      allowedTags: allowed.tags,
      tagsFile: allowed.file,
      maxTags: siteConfig.maxTagsPerPost,
      files,
      imageSize,
      folderLang: file.folderLang,
    };
    const readPost = (c: PostContext): ReadPost => {
      const read = readContentText(file.real, file.shown);
      if ('problem' in read) return { unreadable: read.problem };
      const parsed = parsePost(file.shown, read.text, c);
      return options.bodies && parsed.source ? { ...parsed, bodyCheck: checkBody(parsed.source, c.files, options.bodyCache) } : parsed;
    };
    postFilesRead.add(file.real);
    // Whether bodies are checked is not a setting: a parse kept without its body's checks has them made
    // below, and a load that does not check bodies ignores them (the build's second load reuses the check's).
    const settings = JSON.stringify([file.shown, allowed.tags, allowed.file, ctx.maxTags, file.folderLang]);
    const result = options.postMemo ? options.postMemo.get(file.real, settings, ctx, readPost) : readPost(ctx);
    if ('unreadable' in result) {
      problems.push(result.unreadable);
      continue;
    }
    problems.push(...result.problems);
    if (result.post) posts.push(result.post);
    else if (result.intendedPath) withheld.push({ file: file.shown, path: result.intendedPath });
    if (result.source) sources.push(result.source);
    if (result.source && result.bodyCheck) bodyChecks.set(result.source, result.bodyCheck);
  }

  options.postMemo?.keepOnly(postFilesRead);

  const pages: StaticPage[] = [];
  for (const file of contentFiles(path.join(contentDir, 'pages'), contentDir, rel, problems)) {
    if (!file.name.endsWith('.md')) {
      problems.push(
        problem('notPageFile', file.shown, { rename: `${file.name.replace(/\.[^.]*$/, '')}.md`, folder: rel(path.join(contentDir, 'pages')) }),
      );
      continue;
    }
    const read = readContentText(file.real, file.shown);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const result = parseStaticPage(file.shown, read.text);
    problems.push(...result.problems);
    if (result.page) pages.push(result.page);
    // A page's body is checked as a post's is, whatever its front matter.
    if (result.source) sources.push(result.source);
  }

  const siteRedirects = readRedirects(path.join(contentDir, 'redirects.yml'), contentDir, rel);
  problems.push(...siteRedirects.problems);

  let indexed = posts;
  let shownPages = pages;
  const bodyImages = new Map<string, string[]>();
  const bodyLinks: { source: PostSource; links: LinkReference[] }[] = [];
  if (options.bodies) {
    const broken = new Set<string>();
    // Every body whose front matter could be read, so that front-matter mistakes do not hide its own.
    for (const source of sources) {
      const found = bodyChecks.get(source) ?? checkBody(source, files, options.bodyCache);
      problems.push(...found.problems);
      bodyImages.set(source.file, found.images);
      bodyLinks.push({ source, links: found.links });
      if (found.problems.some((p) => p.severity === 'error')) broken.add(source.file);
    }
    if (options.bodies === 'exclude') {
      indexed = posts.filter((p) => !broken.has(p.file));
      withheld.push(...posts.filter((p) => broken.has(p.file)).map((p) => ({ file: p.file, path: p.path })));
      shownPages = pages.filter((p) => !broken.has(p.file));
    }
  }

  const index = buildIndex(indexed, profiles, {
    now: options.now ?? nowFromEnv(),
    showUnpublished: options.showUnpublished ?? showUnpublishedFromEnv(),
  });
  const declared: Redirect[] = [
    // A post's first old address is the one Jekyll gave it, from its file name: no line declares it.
    ...index.published.flatMap((p) => p.redirectFrom.map((from, i) => ({ from, to: p.path, file: p.file, line: i === 0 ? undefined : p.redirectFromLine }))),
    ...siteRedirects.redirects,
  ];
  const tagSlugs = index.tags.map((t) => t.slug);
  const blogPages = exportedPaths(index);
  const addressProblems = staticPageAddressProblems(shownPages, blogPages, siteEntries({ pages: blogPages, tagSlugs, publicDir }));
  problems.push(...addressProblems);
  const placed = shownPages.filter((p) => !addressProblems.some((a) => a.file === p.file));
  const allPages = new Set([...blogPages, ...placed.map((p) => p.path)]);
  const entryAt = siteEntries({ pages: allPages, tagSlugs, publicDir, pageFiles: new Map(placed.map((p) => [p.path, p.file])) });
  const { redirects, problems: redirectProblems } = checkRedirects(declared, { pages: allPages, entryAt, hosts: siteConfig.redirectHosts });
  problems.push(...redirectProblems);
  // Links are checked against the site as the build will write it: its pages, files and redirects.
  const addresses = siteAddresses(allPages, redirects, entryAt);
  for (const { source, links } of bodyLinks) {
    // A link to a file known missing since the import is reported as such already.
    const unlisted = links.filter((l) => !source.knownMissing?.lists(ownSitePath(l.href) ?? l.href));
    problems.push(...lintLinks(source.file, source.bodyLine, unlisted, addresses));
  }

  // A post withheld at an address another post holds is that one's page.
  const held = new Set(index.allPosts.map((p) => p.path));
  return {
    ...index,
    problems: [...problems, ...index.problems],
    contentDir,
    publicDir,
    redirects,
    sources,
    bodyImages,
    withheld: withheld.filter((w) => !held.has(w.path)),
    knownMissing: [...new Set(sources.flatMap((s) => s.knownMissing?.paths() ?? []))],
    pages: placed.sort((x, y) => x.slug.localeCompare(y.slug)),
  };
}

/** A memory of read posts for `LoadOptions.postMemo`: a post read before is given out as new, since the index sets fields of each post it lists. */
export const newPostMemo = () => new ParseMemo<ReadPost>((read) => ('post' in read && read.post ? { ...read, post: { ...read.post } } : read));

/** The profiles of content/authors/ that parse; the problems of the others go to `problems`. */
function readProfiles(authorsDir: string, contentDir: string, rel: (f: string) => string, files: FileLookup, problems: Problem[]): Author[] {
  const profiles: Author[] = [];
  for (const file of contentFiles(authorsDir, contentDir, rel, problems)) {
    if (!file.name.endsWith('.md')) {
      problems.push(
        problem('notProfileFile', file.shown, { rename: `${file.name.replace(/\.[^.]*$/, '')}.md`, folder: rel(authorsDir) }),
      );
      continue;
    }
    const read = readContentText(file.real, file.shown);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const result = parseAuthor(file.shown, read.text, files);
    problems.push(...result.problems);
    if (result.author) profiles.push(result.author);
  }
  return profiles;
}

/** The author profiles alone, for `npm run new`: the posts are not read. */
export function loadProfiles(options: Pick<LoadOptions, 'root' | 'contentDir' | 'publicDir'> = {}): Author[] {
  const root = options.root ?? process.cwd();
  const contentDir = options.contentDir ?? contentDirFromEnv(root);
  const files = publicFileLookup(options.publicDir ?? publicDirFromEnv(root));
  return readProfiles(path.join(contentDir, 'authors'), contentDir, (f) => path.relative(root, f) || f, files, []);
}

/** content/redirects.yml, read like any content file; none is no redirect. */
function readRedirects(file: string, contentDir: string, rel: (f: string) => string): ReturnType<typeof parseRedirectsFile> {
  const entry = inspect(contentDir, file);
  if (entry.kind === 'refused') return { redirects: [], problems: [refusedProblem(rel(file), entry, `${rel(contentDir)}/`)] };
  if (entry.kind === 'missing') return { redirects: [], problems: [] };
  if (entry.kind !== 'file') {
    return { redirects: [], problems: [problem('notRegularFile', rel(file), { expected: 'redirects' })] };
  }
  const read = readContentText(entry.real, rel(file));
  return 'problem' in read ? { redirects: [], problems: [read.problem] } : parseRedirectsFile(rel(file), read.text);
}

function statSafe(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/** The content this process read last, with its errors, which every one of the dozens of calls of a render asks for. */
interface Cached {
  key: string;
  content: LoadedContent;
  errors: readonly Problem[];
}
let cache: Cached | undefined;
// The dev server rereads content/ at every save: only the bodies that changed are read again, and the
// analyses of the last check, build or preview (.cache/body-analysis.json) spare its first load reading
// every body (at 1,000 posts, seconds of a first page).
let devBodies: ReturnType<typeof loadBodyCache> | undefined;
// …and only the post files saved since the last load are read and parsed again.
const devPosts = newPostMemo();

function loadForDev(contentDir: string, version: string): LoadedContent {
  // Served from what another process read, this one has parsed nothing yet, and the author's first
  // save re-reads every post (0.6 s at 1,000 posts). Parsing them beforehand, in the background, was
  // tried: it blocked the server for seconds at 5,000 posts just as the author opened a post.
  const shared = sharedDevContent(contentDir, version);
  if (shared) return shared;
  readingDevContent(version);
  devBodies ??= loadBodyCache();
  const content = loadContent({ bodies: 'exclude', bodyCache: devBodies.cache, postMemo: devPosts });
  devBodies.save();
  shareDevContent(content, version);
  return content;
}

// The language folders' posts too (content/posts/en/): saving an English post reloads the preview.
const CONTENT_FOLDERS = ['posts', 'authors', 'pages', ...languageCodes.map((code) => `posts/${code}`)];

/** The folders whose files the fingerprint reads, content/ itself first (redirects.yml, tags.yml): what the live reload watches. */
export const contentFolders = (contentDir = contentDirFromEnv()): string[] => [contentDir, ...CONTENT_FOLDERS.map((sub) => path.join(contentDir, sub))];

/**
 * A cheap fingerprint of content/ (names, sizes and modification times): it changes when an
 * author saves, adds or deletes a file, which is what the dev server's live reload watches.
 */
export function contentVersion(contentDir = contentDirFromEnv()): string {
  const parts: string[] = [contentDir];
  for (const sub of CONTENT_FOLDERS) {
    const dir = path.join(contentDir, sub);
    for (const name of listFiles(dir, /./)) {
      const stat = statSafe(path.join(dir, name));
      parts.push(`${sub}/${name}:${stat?.size ?? 0}:${stat?.mtimeMs ?? 0}`);
    }
  }
  for (const name of ['redirects.yml', TAGS_FILE]) {
    const stat = statSafe(path.join(contentDir, name));
    parts.push(`${name}:${stat?.size ?? 0}:${stat?.mtimeMs ?? 0}`);
  }
  return createHash('sha1').update(parts.join('|')).digest('hex').slice(0, 16);
}

/**
 * The fingerprint, taken at most every VERSION_TTL_MS: one page render asks for the content
 * dozens of times, and each fingerprint stats every file (80 ms at 5,000 posts). A render that
 * misses a save by that much shows the version it was rendered from, and the live reload asks again.
 */
const VERSION_TTL_MS = 200;
// Not shared with the live reload's route (another copy of this module), though it has just taken it: the
// save it saw may have been the first half of a write (an editor truncates, then writes), and a page
// rendered from that state would need a second refresh (1.4 s instead of 0.8 s at 1,000 posts).
let recentVersion: { contentDir: string; version: string; at: number } | undefined;

function recentContentVersion(contentDir: string): string {
  const now = Date.now();
  if (recentVersion?.contentDir !== contentDir || now - recentVersion.at > VERSION_TTL_MS) {
    recentVersion = { contentDir, version: contentVersion(contentDir), at: now };
  }
  return recentVersion.version;
}

function cachedContent(): Cached {
  const contentDir = contentDirFromEnv();
  // A production build reads content/ once; the dev server rereads it whenever it changed.
  const key = isDev() ? recentContentVersion(contentDir) : contentDir;
  if (cache?.key !== key) {
    const content = isDev() ? loadForDev(contentDir, key) : (snapshotFromEnv(contentDir) ?? loadContent());
    cache = { key, content, errors: errorsOf(content.problems) };
  }
  return cache;
}

/** The content `npm run build` read for `next build` (lib/content/snapshot.ts), when this process is part of that build. */
function snapshotFromEnv(contentDir: string): LoadedContent | undefined {
  const file = process.env.CONTENT_SNAPSHOT;
  if (!file) return undefined;
  awaitBuildFile(file);
  return readContentSnapshot(file, contentDir);
}

/**
 * The content of the site, loaded once per process. A build stops with a ContentError listing
 * every error; the dev server keeps serving the valid posts and shows the errors in the page
 * (see contentErrorsInDev), so that an author's typo never stops the preview.
 */
export function getContent(): LoadedContent {
  const { content, errors } = cachedContent();
  if (errors.length && !isDev()) throw new ContentError(errors);
  return content;
}

/** The content errors the dev server shows on every page; none outside development. */
export function contentErrorsInDev(): readonly Problem[] {
  return isDev() ? cachedContent().errors : [];
}

/**
 * The fingerprint of the content a dev page is rendered from, read before the page reads its
 * content (the root layout renders first): the live reload refreshes the page until what it
 * shows is the fingerprint the server has now, so that a refresh that raced with a save (rendered
 * from the file as it was a moment before) is made again instead of leaving the page behind.
 */
export function renderedContentVersion(): string {
  return cachedContent().key;
}
