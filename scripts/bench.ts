/**
 * `npm run bench -- --posts 1000 [--runs 3] [--rebuild] [--floor] [--keep]`: generates a deterministic corpus, then
 * times `check` and a cold `npm run build` against it through CONTENT_DIR, and prints posts,
 * pages written, seconds, ms per post, peak memory (the whole process tree), size of out/ and
 * what a first visit to each kind of page transfers; for search, the size of Pagefind's index, the
 * indexing step's share of the build, and what the search page and a first query transfer, measured
 * in Chromium against out/ served as a static host serves it. Figures go to bench-results/latest.json.
 * It overwrites out/ and .next/ (run `npm run build` afterwards for the real site).
 * Cold means no .next/ and no out/; the build itself empties .cache/post-html/ (prerendered
 * bodies), while .cache/images/ is kept, as on any machine that has built the site once.
 * `--rebuild` edits one post after the last cold build and times the build again (what an author
 * waits for after a push); `--floor` builds a bare Next export of as many pages (scripts/bench/floor.ts)
 * and prints each build as a multiple of it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeCorpus } from './bench/corpus';
import { firstVisit } from './bench/first-visit';
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

const posts = arg('posts', 1000);
const runs = arg('runs', 1);
const keep = process.argv.includes('--keep');
const rebuild = process.argv.includes('--rebuild');
const floor = process.argv.includes('--floor');

/** Runs a command, sampling the memory of its process tree; resolves with seconds and peak bytes. */
function timed(command: string, args: string[], env: Record<string, string>): Promise<{ seconds: number; peak: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peak = 0;
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 100);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed:\n${output.slice(-3000)}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peak, output });
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
 * The lines of a build's log that time its phases (prerender, compile, static pages, each
 * postbuild step): on a shared machine, where the total moves with the load, they show
 * which phase did.
 */
const PHASE_LINE = /^(?:\d+ posts? checked in .*|prerender: .* in \d+ ms.*|.*Compiled successfully in .*|.*Generating static pages .*\) in .*|postbuild: .*\(\d+ ms\))$/;
const phasesOf = (output: string) => output.split('\n').map((l) => l.trim()).filter((l) => PHASE_LINE.test(l));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

const dir = mkdtempSync(path.join(os.tmpdir(), 'eig-bench-'));
const env = { CONTENT_DIR: dir, NEXT_TELEMETRY_DISABLED: '1', BASE_PATH: '' };
try {
  process.stdout.write(`Generating ${posts} posts in ${dir}… `);
  writeCorpus({ count: posts, dir });
  console.log('done');

  // A check reads only the bodies it has not read before (.cache/body-analysis.json): the cold figure
  // is a first check, the warm one a check again after editing a few posts.
  const checks: number[] = [];
  const warmChecks: number[] = [];
  const builds: { seconds: number; peak: number; output: string }[] = [];
  for (let run = 1; run <= runs; run++) {
    process.stdout.write(`Run ${run}/${runs}: check… `);
    rmSync(path.join('.cache', 'body-analysis.json'), { force: true });
    checks.push((await timed('node_modules/.bin/tsx', ['scripts/check.ts'], env)).seconds);
    warmChecks.push((await timed('node_modules/.bin/tsx', ['scripts/check.ts'], env)).seconds);
    process.stdout.write(`${checks.at(-1)!.toFixed(2)} s, again ${warmChecks.at(-1)!.toFixed(2)} s; cold build… `);
    rmSync('.next', { recursive: true, force: true });
    rmSync('out', { recursive: true, force: true });
    builds.push(await timed('npm', ['run', 'build'], env));
    console.log(`${builds.at(-1)!.seconds.toFixed(1)} s`);
    for (const line of phasesOf(builds.at(-1)!.output)) console.log(`  ${line}`);
  }

  const { bytes, pages } = dirSize('out');
  // What an author waits for after a push: one post edited, the caches of the last build kept.
  let rebuildSeconds: number | undefined;
  if (rebuild) {
    const edited = path.join(dir, 'posts', readdirSync(path.join(dir, 'posts')).sort()[0]!);
    writeFileSync(edited, `${readFileSync(edited, 'utf8').trimEnd()}\n\nUne phrase ajoutée pour la reconstruction.\n`);
    process.stdout.write('Rebuild after editing one post… ');
    const again = await timed('npm', ['run', 'build'], env);
    rebuildSeconds = again.seconds;
    console.log(`${rebuildSeconds.toFixed(1)} s`);
    for (const line of phasesOf(again.output)) console.log(`  ${line}`);
  }
  let floorSeconds: number | undefined;
  if (floor) {
    const app = writeFloorApp(process.cwd(), pages);
    process.stdout.write(`Framework floor: a bare Next export of ${pages} pages… `);
    floorSeconds = (await timed('node_modules/.bin/next', ['build', app], { NEXT_TELEMETRY_DISABLED: '1' })).seconds;
    console.log(`${floorSeconds.toFixed(1)} s`);
    rmSync(app, { recursive: true, force: true });
  }
  const sample = readdirSync(path.join(dir, 'posts')).sort().at(-1)!;
  const [y, m, d] = sample.slice(0, 10).split('-');
  const slug = sample.slice(11).replace(/\.mdx?$/, '');
  const tag = readdirSync('out/tag', { withFileTypes: true }).find((e) => e.isDirectory())!.name;
  const author = readdirSync('out/auteur', { withFileTypes: true }).find((e) => e.isDirectory())!.name;
  const visits = {
    post: firstVisit('out', `blog/${y}/${m}/${d}/${slug}`),
    blog: firstVisit('out', 'blog'),
    tag: firstVisit('out', `tag/${tag}`),
    author: firstVisit('out', `auteur/${author}`),
  };
  const build = median(builds.map((b) => b.seconds));
  // Search: the index's size, the indexing step's share of the build, and what a first query transfers ("données" is in every corpus post).
  const indexMs = builds.map((b) => Number(/postbuild: search: .*\((\d+) ms\)/.exec(b.output)?.[1] ?? NaN));
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
    phases: builds.map((b) => phasesOf(b.output)),
    ...(rebuildSeconds === undefined ? {} : { rebuildSeconds: Number(rebuildSeconds.toFixed(1)) }),
    ...(floorSeconds === undefined ? {} : { floorSeconds: Number(floorSeconds.toFixed(1)) }),
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
