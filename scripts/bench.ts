/**
 * `npm run bench -- [--posts 1000] [--jekyll <site>] [--runs 3] [--rebuild] [--floor] [--keep]`: generates a
 * deterministic corpus (or, with `--jekyll`, imports a real Jekyll site's posts, replicated up to
 * `--posts` when that is more: scripts/bench/jekyll-site.ts), then times `check` and a cold
 * `npm run build` against it through CONTENT_DIR, and prints posts, pages written, seconds, ms per
 * post, peak memory (the whole process tree), size of out/ and what a first visit to each kind of
 * page transfers, and every phase of the build with when it ended and how long after the one
 * before, so that no second is unexplained; for search, the size of Pagefind's index, the indexing
 * step's share of the build, and what the search page and a first query transfer, measured in
 * Chromium against out/ served as a static host serves it. Figures go to bench-results/latest.json.
 * It overwrites out/ and .next/ (run `npm run build` afterwards for the real site).
 * Cold means no .next/, no out/ and no .cache/ but its image variants (resized once on any machine
 * that has built the site); a rebuild keeps them all, as the deploy workflow does.
 * `--rebuild` edits one post after the last cold build and times the build again (what an author
 * waits for after a push); `--floor` builds a bare Next export of as many pages (scripts/bench/floor.ts)
 * and prints each build as a multiple of it; `--jekyll` also times `jekyll build` of the same posts,
 * where Jekyll is installed, and prints the ratio. `--dev` times `npm run dev` on the corpus instead of
 * a build (scripts/bench/dev.ts): start, first page, first post, an edit shown in place, peak memory.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeCorpus } from './bench/corpus';
import { benchDev, type DevStart } from './bench/dev';
import { firstVisit } from './bench/first-visit';
import { jekyllCorpus } from './bench/jekyll-site';
import { searchQueryBytes } from './bench/search-query';
import { writeFloorApp } from './bench/floor';
import { treeRss } from './bench/process-tree';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i === -1 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} takes a whole number (got ${process.argv[i + 1]})`);
    process.exit(2);
  }
  return value;
}

const jekyllSite = (() => {
  const i = process.argv.indexOf('--jekyll');
  if (i === -1) return undefined;
  const site = process.argv[i + 1];
  if (!site || !existsSync(path.join(site, '_posts'))) {
    console.error(`--jekyll takes the folder of a Jekyll site, with its _posts/ (got ${site})`);
    process.exit(2);
  }
  return path.resolve(site);
})();
const askedPosts = process.argv.includes('--posts') ? arg('posts', 1000) : undefined;
let posts = askedPosts ?? 1000;
const runs = arg('runs', 1);
const keep = process.argv.includes('--keep');
const rebuild = process.argv.includes('--rebuild');
const floor = process.argv.includes('--floor');
const devOnly = process.argv.includes('--dev');

/** Runs a command, sampling the memory of its process tree; resolves with seconds and peak bytes. */
interface Timed {
  seconds: number;
  peak: number;
  output: string;
  /** Each line of output with the second it arrived, from the start. */
  lines: { at: number; text: string }[];
}

function timed(command: string, args: string[], env: Record<string, string>): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const lines: Timed['lines'] = [];
    let partial = '';
    const read = (d: Buffer) => {
      output += d.toString();
      const parts = (partial + d.toString()).split('\n');
      partial = parts.pop()!;
      const at = (performance.now() - started) / 1000;
      for (const text of parts) lines.push({ at, text: text.trim() });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    let peak = 0;
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed:\n${output.slice(-3000)}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peak, output, lines });
    });
  });
}

function dirSize(dir: string): { bytes: number; pages: number } {
  let bytes = 0;
  let pages = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      const sub = dirSize(full);
      bytes += sub.bytes;
      pages += sub.pages;
    } else {
      bytes += statSync(full).size;
      if (e.name === 'index.html') pages++;
    }
  }
  return { bytes, pages };
}

/**
 * The lines of a build's log that time its phases (check, prerender, compile, static pages, each
 * postbuild step, the build's own summary), each with when it was printed and the time since the
 * line before: on a shared machine, where the total moves with the load, they show which phase did,
 * and a long gap shows time no phase accounts for.
 */
const PHASE_LINE = /^(?:\d+ (?:posts? checked|articles? vérifiés?) (?:in|en) .*|prerender: .* in \d+ ms.*|.*Compiled successfully in .*|.*Collecting page data.*|.*Generating static pages .*\) in .*|.*Finalizing page optimization.*|next build: .*\(\d+ ms\)|pages ?: .*|postbuild: .*\(\d+ ms\)|build: .*)$/;
function phasesOf(run: Timed): string[] {
  let last = 0;
  return run.lines
    .filter((l) => PHASE_LINE.test(l.text))
    .map((l) => {
      const line = `${l.at.toFixed(1).padStart(6)} s (+${(l.at - last).toFixed(1).padStart(5)} s)  ${l.text}`;
      last = l.at;
      return line;
    });
}

/** Seconds `jekyll build` takes on the site (the median of `runs`), or undefined where Jekyll is not installed or fails. */
async function timeJekyll(site: string): Promise<number | undefined> {
  const times: number[] = [];
  for (let run = 1; run <= runs; run++) {
    process.stdout.write(`Jekyll ${run}/${runs}… `);
    try {
      times.push((await timed('jekyll', ['build', '--quiet', '-s', site, '-d', path.join(site, '_site')], {})).seconds);
      console.log(`${times.at(-1)!.toFixed(1)} s`);
    } catch (e) {
      console.log(`not timed: ${e instanceof Error ? e.message.split('\n').slice(0, 3).join(' ') : String(e)}`);
      return undefined;
    }
  }
  return median(times);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'eig-bench-'));
const env: Record<string, string> = { CONTENT_DIR: dir, NEXT_TELEMETRY_DISABLED: '1', BASE_PATH: '' };
try {
  let jekyllSeconds: number | undefined;
  if (jekyllSite) {
    process.stdout.write(`Importing the posts of ${jekyllSite}${askedPosts ? `, replicated to ${askedPosts}` : ''}… `);
    const corpus = jekyllCorpus(jekyllSite, dir, askedPosts);
    posts = corpus.posts;
    await timed('node_modules/.bin/tsx', ['scripts/import-jekyll.ts', corpus.site, '--target', path.join(dir, 'blog'), '--add-tags'], {});
    env.CONTENT_DIR = path.join(dir, 'blog', 'content');
    env.PUBLIC_DIR = path.join(dir, 'blog', 'public');
    console.log(`${posts} posts`);
    jekyllSeconds = await timeJekyll(corpus.jekyll);
  } else {
    process.stdout.write(`Generating ${posts} posts in ${dir}… `);
    writeCorpus({ count: posts, dir });
    console.log('done');
  }

  if (devOnly) {
    const figures = await benchDev(env.CONTENT_DIR!, Number(process.env.PORT ?? 4195));
    const s = (n: number) => `${n.toFixed(1)} s`;
    console.log(`\n| posts | start | server ready | first page | first post | edit shown in place | peak memory |`);
    console.log(`|---|---|---|---|---|---|---|`);
    const row = (start: string, d: DevStart, edit: string) =>
      console.log(`| ${posts} | ${start} | ${s(d.readySeconds)} | ${s(d.firstPageSeconds)} | ${s(d.firstPostSeconds)} | ${edit} | ${mib(figures.peakBytes)} |`);
    row('fresh clone (no .next/dev/)', figures.fresh, '');
    row('again (Turbopack’s cache kept)', figures.cached, s(figures.editSeconds));
    console.log('Targets: first page under 5 s, an edit shown within 1 s, under 2 GiB at 5,000 posts.');
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(`bench-results/dev-${posts}.json`, `${JSON.stringify({ date: new Date().toISOString(), posts, ...figures }, null, 2)}\n`);
    if (!keep) rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }

  // A check reads only the bodies it has not read before (.cache/body-analysis.json): the cold figure
  // is a first check, the warm one a check again after editing a few posts.
  const checks: number[] = [];
  const warmChecks: number[] = [];
  const builds: Timed[] = [];
  for (let run = 1; run <= runs; run++) {
    process.stdout.write(`Run ${run}/${runs}: check… `);
    rmSync(path.join('.cache', 'body-analysis.json'), { force: true });
    checks.push((await timed('node_modules/.bin/tsx', ['scripts/check.ts'], env)).seconds);
    warmChecks.push((await timed('node_modules/.bin/tsx', ['scripts/check.ts'], env)).seconds);
    process.stdout.write(`${checks.at(-1)!.toFixed(2)} s, again ${warmChecks.at(-1)!.toFixed(2)} s; cold build… `);
    rmSync('.next', { recursive: true, force: true });
    rmSync('out', { recursive: true, force: true });
    for (const cache of readdirSync('.cache').filter((name) => name !== 'images')) rmSync(path.join('.cache', cache), { recursive: true, force: true });
    builds.push(await timed('npm', ['run', 'build'], env));
    console.log(`${builds.at(-1)!.seconds.toFixed(1)} s`);
    for (const line of phasesOf(builds.at(-1)!)) console.log(`  ${line}`);
  }

  const { bytes, pages } = dirSize('out');
  // What an author waits for after a push: one post edited, the caches of the last build kept.
  let rebuildSeconds: number | undefined;
  if (rebuild) {
    const postsDir = path.join(env.CONTENT_DIR!, 'posts');
    const edited = path.join(postsDir, readdirSync(postsDir).sort()[0]!);
    writeFileSync(edited, `${readFileSync(edited, 'utf8').trimEnd()}\n\nUne phrase ajoutée pour la reconstruction.\n`);
    process.stdout.write('Rebuild after editing one post… ');
    const again = await timed('npm', ['run', 'build'], env);
    rebuildSeconds = again.seconds;
    console.log(`${rebuildSeconds.toFixed(1)} s`);
    for (const line of phasesOf(again)) console.log(`  ${line}`);
  }
  let floorSeconds: number | undefined;
  if (floor) {
    const app = writeFloorApp(process.cwd(), pages);
    process.stdout.write(`Framework floor: a bare Next export of ${pages} pages… `);
    floorSeconds = (await timed('node_modules/.bin/next', ['build', app], { NEXT_TELEMETRY_DISABLED: '1' })).seconds;
    console.log(`${floorSeconds.toFixed(1)} s`);
    rmSync(app, { recursive: true, force: true });
  }
  const newest = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'page').map((e) => e.name).sort().at(-1)!;
  let sample = 'out/blog';
  for (let depth = 0; depth < 4; depth++) sample = path.join(sample, newest(sample));
  const tag = readdirSync('out/tag', { withFileTypes: true }).find((e) => e.isDirectory())!.name;
  const author = readdirSync('out/auteur', { withFileTypes: true }).find((e) => e.isDirectory())!.name;
  const visits = {
    post: firstVisit('out', path.relative('out', sample)),
    blog: firstVisit('out', 'blog'),
    tag: firstVisit('out', `tag/${tag}`),
    author: firstVisit('out', `auteur/${author}`),
  };
  const build = median(builds.map((b) => b.seconds));
  // Search: the index's size, the indexing step's share of the build, and what a first query transfers ("données" is in every corpus post).
  const indexMs = builds.map((b) => Number(/postbuild: search index \((\d+) ms\)/.exec(b.output)?.[1] ?? NaN));
  const search = {
    indexBytes: dirSize('out/pagefind').bytes,
    indexFiles: readdirSync('out/pagefind', { recursive: true }).length,
    indexSeconds: Number((median(indexMs) / 1000).toFixed(1)),
    indexShareOfBuild: Number((median(indexMs) / 1000 / build).toFixed(3)),
    firstQuery: await searchQueryBytes('out', 'données'),
  };
  const result = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${mib(os.totalmem())}, Node ${process.version}`,
    posts,
    runs,
    pagesWritten: pages,
    checkSeconds: Number(median(checks).toFixed(2)),
    warmCheckSeconds: Number(median(warmChecks).toFixed(2)),
    buildSeconds: Number(build.toFixed(1)),
    msPerPost: Number(((build * 1000) / posts).toFixed(1)),
    peakMemoryBytes: Math.max(...builds.map((b) => b.peak)),
    phases: builds.map((b) => phasesOf(b)),
    ...(rebuildSeconds === undefined ? {} : { rebuildSeconds: Number(rebuildSeconds.toFixed(1)) }),
    ...(floorSeconds === undefined ? {} : { floorSeconds: Number(floorSeconds.toFixed(1)) }),
    ...(jekyllSite === undefined ? {} : { jekyllSite, jekyllSeconds: jekyllSeconds === undefined ? null : Number(jekyllSeconds.toFixed(1)) }),
    outBytes: bytes,
    firstVisit: visits,
    search,
  };

  console.log(`\n| posts | pages | check | check again | build | ms/post | peak memory | out/ |`);
  console.log(`|---|---|---|---|---|---|---|---|`);
  console.log(`| ${posts} | ${pages} | ${result.checkSeconds} s | ${result.warmCheckSeconds} s | ${result.buildSeconds} s | ${result.msPerPost} | ${mib(result.peakMemoryBytes)} | ${mib(bytes)} |`);
  if (floorSeconds !== undefined) {
    const times = (s: number) => `${(s / floorSeconds!).toFixed(1)}×`;
    console.log(`\nAgainst the framework's floor (${floorSeconds.toFixed(1)} s for ${pages} bare pages): cold build ${times(build)}${rebuildSeconds === undefined ? '' : `, rebuild after one edit ${times(rebuildSeconds)}`}.`);
  }
  if (jekyllSeconds !== undefined) {
    const ratio = (s: number) => `${(s / jekyllSeconds!).toFixed(1)}×`;
    console.log(`\nAgainst Jekyll building the same ${posts} posts (${jekyllSeconds.toFixed(1)} s): cold build ${ratio(build)}${rebuildSeconds === undefined ? '' : `, rebuild ${ratio(rebuildSeconds)}`}.`);
  }
  console.log(`\n| first visit | bytes (gzip, no images) | requests |`);
  console.log(`|---|---|---|`);
  for (const [name, v] of Object.entries(visits)) console.log(`| ${name} | ${kb(v.bytes)} | ${v.requests} |`);
  const q = search.firstQuery;
  console.log(`| search page | ${kb(q.page.bytes)} | ${q.page.requests} |`);
  console.log(`| first query « ${q.query} » (${q.results} shown) | ${kb(q.search.bytes)} | ${q.search.requests} |`);
  console.log(`\nSearch index: ${(search.indexBytes / 1024 / 1024).toFixed(1)} MiB in ${search.indexFiles} files, written in ${search.indexSeconds} s (${(search.indexShareOfBuild * 100).toFixed(1)} % of the build).`);

  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`bench-results/bench-${posts}.json`, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nMachine: ${result.machine}. Written to bench-results/latest.json.`);
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
  // out/ now holds the corpus: make sure `npm start` rebuilds the real site.
  if (existsSync('out') && !keep) rmSync('out', { recursive: true, force: true });
}
