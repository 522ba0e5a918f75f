/**
 * `npm run test:differential`: the Jekyll importer judged against Jekyll itself. Each site of
 * SITES is built by Jekyll (Debian's `jekyll`, which brings kramdown) into a temporary folder,
 * imported with lib/import into one temporary blog, and that blog is built into out-differential/
 * (one build for every site: a build costs far more than the rest). Then, for each post Jekyll
 * rendered, five tests:
 *
 * - its old address (the path of its file in Jekyll's _site/, under the site's `baseurl`) answers on
 *   the new site, with the post itself or a redirect page leading to the post's new address;
 * - at least 98% of the words Jekyll rendered in the post's body are on the new post page;
 * - no `{%`, `{{` or `{:` shows in the new page's text beyond those Jekyll showed itself (a
 *   `{% raw %}` span or a code span that documents the syntax shows them on purpose);
 * - the other way round, the new post's body shows at most 2% of words that Jekyll did not render:
 *   what the first two miss, such as kramdown syntax shown as text (`*[API]: …`, `&#123;`) or HTML
 *   turned into code;
 * - the body holds as many emphases, code spans and blocks, list items, quotes, tables, images,
 *   abbreviations and headings as Jekyll's: Markdown shown as text (`_caption_`) keeps its words.
 *
 * The fixture layouts mark a post with `data-source="{{ page.path }}"` and its body with the class
 * `post-content` or `e-content`. Results go to the terminal and to reports/differential.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { Element, Root } from 'hast';
import yaml from 'js-yaml';
import { loadContent } from '../lib/content';
import type { Post } from '../lib/content/post';
import { importJekyll } from '../lib/import';
import {
  findElement,
  hasClass,
  JEKYLL_MARKERS,
  markerOccurrences,
  missingWords,
  parseHtml,
  refreshTarget,
  structureCounts,
  total,
  visibleText,
  wordCounts,
} from './differential/page-text';

const SITES = ['jekyll-new', 'jekyll-release-notes'];
const FIXTURES = path.resolve('test/fixtures');
const OUT_DIR = 'out-differential';
/** Share of the words Jekyll rendered that the new page must show. */
const WORDS_KEPT = 0.98;
/** Words the new body may show beyond Jekyll's, as a share of Jekyll's (GFM's footnote heading "Footnotes", …). */
const WORDS_ADDED = 0.02;
const BODY_CLASSES = ['post-content', 'e-content'];

interface JekyllPost {
  /** The post's file in the Jekyll site (`_posts/…`), as Jekyll's `page.path` gives it. */
  source: string;
  /** Its old address: the path of its file in _site/, under `baseurl`, percent-encoded as Jekyll links it. */
  url: string;
  /** Its body as Jekyll rendered it. */
  body: Element;
}

interface SiteRun {
  name: string;
  /** Why the site could not be built or read by Jekyll, if it could not. */
  failure?: string;
  posts: JekyllPost[];
  /** Each imported post's file in the blog's content/ (`posts/…`), by its Jekyll source. */
  imported: Map<string, string>;
  /** What the import report says about each source, when it did not import it. */
  notImported: Map<string, string>;
}

const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const root = mkdtempSync(path.join(tmpdir(), 'differential-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));
const blog = path.join(root, 'blog');
const contentDir = path.join(blog, 'content');
const publicDir = path.join(blog, 'public');

function html(file: string): Root {
  return parseHtml(readFileSync(file, 'utf8'));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** Jekyll's address of a file of _site/: `a b/index.html` → `<baseurl>/a%20b/`. */
function siteUrl(baseurl: string, file: string): string {
  const p = file.split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1');
  return encodeURI(`${baseurl.replace(/\/+$/, '')}/${p}`);
}

function buildWithJekyll(name: string): SiteRun {
  const run: SiteRun = { name, posts: [], imported: new Map(), notImported: new Map() };
  const source = path.join(FIXTURES, name);
  const dest = path.join(root, name, '_site');
  // --disable-disk-cache: Jekyll writes nothing into the fixture (no .jekyll-cache/).
  const built = spawnSync('jekyll', ['build', '--quiet', '--disable-disk-cache', '-s', source, '-d', dest], { encoding: 'utf8' });
  if (built.error || built.status !== 0) {
    run.failure = `jekyll build of test/fixtures/${name} failed: ${built.error?.message ?? `${built.stderr}${built.stdout}`.trim()}`;
    return run;
  }
  const config = yaml.load(readFileSync(path.join(source, '_config.yml'), 'utf8')) as { baseurl?: unknown } | null;
  const baseurl = typeof config?.baseurl === 'string' ? config.baseurl : '';
  for (const file of htmlFiles(dest)) {
    const page = html(path.join(dest, file));
    const article = findElement(page, (e) => typeof e.properties.dataSource === 'string');
    if (!article) continue;
    const body = findElement(article, (e) => BODY_CLASSES.some((c) => hasClass(e, c)));
    if (!body) {
      run.failure = `${file} of ${name}: the post layout has no element of class ${BODY_CLASSES.join(' or ')}`;
      return run;
    }
    run.posts.push({ source: String(article.properties.dataSource), url: siteUrl(baseurl, file), body });
  }
  if (!run.posts.length) run.failure = `no post found in Jekyll's build of ${name} (the layout marks posts with data-source="{{ page.path }}")`;
  return run;
}

function importSite(run: SiteRun): void {
  const result = importJekyll({ site: path.join(FIXTURES, run.name), contentDir, publicDir, root: process.cwd() });
  if ('notASite' in result) {
    run.failure = `import of ${run.name}: ${result.notASite}`;
    return;
  }
  const { report } = result;
  for (const file of report.files) if (file.kind === 'post' && file.status !== 'skipped') run.imported.set(file.source, file.path);
  const prefix = `${report.site}/`;
  for (const p of report.skipped) if (p.file.startsWith(prefix)) run.notImported.set(p.file.slice(prefix.length), p.message);
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  console.log(`import of ${run.name}: ${report.imported.posts} posts, ${report.fixes.length} fixes, ${report.problems.length} problems (${errors} errors)`);
}

/** The blog built from what was imported, into OUT_DIR; why not, if it failed. */
function buildBlog(): string | undefined {
  const log = path.join(root, 'build.log');
  const built = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/build-variant.ts', contentDir, '', OUT_DIR], {
    encoding: 'utf8',
    env: { ...process.env, PUBLIC_DIR: publicDir, NEXT_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(log, `${built.stdout ?? ''}${built.stderr ?? ''}`);
  if (built.status === 0) return undefined;
  const tail = `${built.stdout ?? ''}${built.stderr ?? ''}`.trim().split('\n').slice(-25).join('\n');
  return `the build of the imported blog failed (exit ${built.status ?? built.signal}):\n${tail}`;
}

/**
 * The file a static host serves for a URL of OUT_DIR: `/a/` → a/index.html, `/a.html` → a.html,
 * and for `/a`, a, a.html or a/index.html. Undefined when none exists.
 */
function servedFile(url: string): { file?: string; looked: string } {
  let p: string;
  try {
    p = decodeURI(url.replace(/[?#].*$/, ''));
  } catch {
    return { looked: url };
  }
  const out = path.resolve(OUT_DIR);
  const base = path.resolve(out, `.${p}`);
  if (path.relative(out, base).startsWith('..')) return { looked: url };
  const candidates = p.endsWith('/') ? [path.join(base, 'index.html')] : [base, `${base}.html`, path.join(base, 'index.html')];
  const looked = path.relative(process.cwd(), candidates[0] ?? base);
  const file = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  return file ? { file, looked } : { looked };
}

const postPage = (post: Post) => servedFile(post.path).file;

/** Fails the test with only the message: what went wrong is the message, not a stack trace of this script. */
function expect(condition: unknown, message?: string): asserts condition {
  if (condition) return;
  const e = new Error(message);
  e.stack = `Error: ${message}`;
  throw e;
}

// ---- Setup: Jekyll, import, build. Its failures become failing tests, never a crash.
const jekyll = spawnSync('jekyll', ['--version'], { encoding: 'utf8' });
const jekyllMissing = jekyll.error || jekyll.status !== 0 ? 'jekyll is not installed (Debian: apt-get install jekyll)' : undefined;
const runs: SiteRun[] = [];
let buildFailure: string | undefined = jekyllMissing;
let posts = new Map<string, Post>();
if (!jekyllMissing) {
  try {
    let since = performance.now();
    for (const name of SITES) runs.push(buildWithJekyll(name));
    console.log(`${jekyll.stdout.trim()}: ${runs.length} sites built in ${seconds(since)}`);
    since = performance.now();
    for (const run of runs) if (!run.failure) importSite(run);
    console.log(`imported in ${seconds(since)}`);
    since = performance.now();
    buildFailure = buildBlog();
    console.log(`blog ${buildFailure ? 'build failed' : `built into ${OUT_DIR}/`} in ${seconds(since)}`);
    const content = loadContent({ root: contentDir, contentDir, publicDir });
    posts = new Map(content.allPosts.map((p) => [p.file, p]));
  } catch (e) {
    // A bug of this script or of lib/ must fail the tests, not leave a report with nothing in it.
    buildFailure = `the differential test's setup failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
  }
}

// ---- Tests.
/** The post imported from a Jekyll post, and its page in OUT_DIR; fails the test when there is none. */
function newPostOf(run: SiteRun, jp: JekyllPost): { post: Post; page: Root } {
  const file = run.imported.get(jp.source);
  expect(file, `not imported: ${run.notImported.get(jp.source) ?? 'the import report does not name it'}`);
  const post = posts.get(file);
  expect(post, `imported as ${file}, which the blog does not load as a valid post`);
  expect(!buildFailure, buildFailure);
  const page = postPage(post);
  expect(page, `imported as ${file}, but the new site has no page at its address ${post.path}`);
  return { post, page: html(page) };
}

function oldAddressAnswers(run: SiteRun, jp: JekyllPost) {
  const { post } = newPostOf(run, jp);
  const served = servedFile(jp.url);
  const others = post.redirectFrom.length ? post.redirectFrom.join(', ') : 'none';
  expect(served.file, `old address ${jp.url} answers nothing (no ${served.looked}); the post is at ${post.path} and its old addresses on the new site are: ${others}`);
  if (served.file === postPage(post)) return;
  const target = refreshTarget(html(served.file));
  expect(target !== undefined, `old address ${jp.url} answers with ${path.relative(process.cwd(), served.file)}, which is neither the post ${post.path} nor a redirect to it`);
  expect(target === post.path, `old address ${jp.url} redirects to ${target}, not to the post at ${post.path}`);
}

const listCounts = (counts: Map<string, number>, max = 40) => {
  const entries = [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
  const shown = entries.slice(0, max).map(([w, n]) => (n > 1 ? `${w}×${n}` : w));
  return `${shown.join(', ')}${entries.length > max ? `, … (${entries.length - max} more)` : ''}`;
};

function wordsKept(run: SiteRun, jp: JekyllPost) {
  const { post, page } = newPostOf(run, jp);
  const expected = wordCounts(visibleText(jp.body));
  const article = findElement(page, (e) => e.tagName === 'article') ?? page;
  const missing = missingWords(expected, wordCounts(visibleText(article)));
  const all = total(expected);
  const kept = all - total(missing);
  const share = all ? kept / all : 1;
  expect(
    share >= WORDS_KEPT,
    `${kept} of the ${all} words Jekyll rendered (${(share * 100).toFixed(1)}%, below ${WORDS_KEPT * 100}%) are on ${post.path}; missing: ${listCounts(missing)}`,
  );
}

function noWordsAdded(run: SiteRun, jp: JekyllPost) {
  const { post, page } = newPostOf(run, jp);
  const expected = wordCounts(visibleText(jp.body));
  // The body alone: the page around it (title, byline, sharing links) is not Jekyll's post-content.
  const prose = findElement(page, (e) => hasClass(e, 'prose'));
  expect(prose, `${post.path} has no element of class prose holding the post's body`);
  const added = missingWords(wordCounts(visibleText(prose)), expected);
  const all = total(expected);
  const share = all ? total(added) / all : 0;
  expect(
    share <= WORDS_ADDED,
    `the body on ${post.path} shows ${total(added)} words Jekyll did not render (${(share * 100).toFixed(1)}% of its ${all}, above ${WORDS_ADDED * 100}%): ${listCounts(added)}`,
  );
}

function noJekyllMarkup(run: SiteRun, jp: JekyllPost) {
  const { post, page } = newPostOf(run, jp);
  const body = findElement(page, (e) => e.tagName === 'body') ?? page;
  const shown = markerOccurrences(visibleText(body));
  const byJekyll = markerOccurrences(visibleText(jp.body));
  const extra = JEKYLL_MARKERS.flatMap((m) => {
    const mine = shown.filter((o) => o.marker === m);
    const allowed = byJekyll.filter((o) => o.marker === m).length;
    return mine.length > allowed ? [`${m} shown ${mine.length}× (Jekyll showed it ${allowed}×): ${mine.map((o) => `“${o.context}”`).join(' ; ')}`] : [];
  });
  expect(!extra.length, `Jekyll markup shown on ${post.path}:\n  ${extra.join('\n  ')}`);
}

function sameStructure(run: SiteRun, jp: JekyllPost) {
  const { post, page } = newPostOf(run, jp);
  const prose = findElement(page, (e) => hasClass(e, 'prose'));
  expect(prose, `${post.path} has no element of class prose holding the post's body`);
  const mine = structureCounts(prose);
  const differ = [...structureCounts(jp.body)].flatMap(([tag, n]) => (mine.get(tag) === n ? [] : [`<${tag}> ${mine.get(tag) ?? 0}× (Jekyll: ${n}×)`]));
  expect(!differ.length, `the body on ${post.path} is not built as Jekyll built it: ${differ.join(', ')}`);
}

if (!runs.length) test('setup', () => expect(false, buildFailure));
for (const run of runs) {
  describe(run.name, () => {
    if (run.failure) test('is built and imported', () => expect(false, run.failure));
    for (const jp of run.posts) {
      describe(jp.source, () => {
        test('old address answers', () => oldAddressAnswers(run, jp));
        test(`at least ${WORDS_KEPT * 100}% of the words kept`, () => wordsKept(run, jp));
        test('no Jekyll markup shown', () => noJekyllMarkup(run, jp));
        test(`at most ${WORDS_ADDED * 100}% of words added`, () => noWordsAdded(run, jp));
        test('the same emphasis, code, lists, quotes, tables, images and headings', () => sameStructure(run, jp));
      });
    }
  });
}
console.log(`setup done in ${seconds(started)}`);
