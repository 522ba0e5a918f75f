/**
 * `npm run build`: the checks and prerendered bodies (scripts/prebuild.ts), `next build`, then the
 * steps on out/ (scripts/postbuild.ts), with the time each took. Every process of one build reads
 * the same content, read and validated once (CONTENT_SNAPSHOT), at the same "now" (BUILD_DATE,
 * pinned here unless given), so a post cannot be scheduled in one page and published in another.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { messages } from '../lib/messages';
import { prebuild } from './prebuild';
import { keepPages } from './reuse/kept-pages';
import { setAsideLastOutput } from './set-aside';

// From the process's start: Node's and tsx's start and the loading of the build's modules count too.
const started = 0;
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
process.env.BUILD_DATE ||= new Date().toISOString();
process.env.CONTENT_SNAPSHOT = path.resolve('.cache', 'build', 'content.bin');

function nextBuild(): Promise<number> {
  const child = spawn('node_modules/.bin/next', ['build'], { stdio: 'inherit', env: process.env });
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

const phases: string[] = [];
let phase = performance.now();
const toRender = await prebuild(process.env.CONTENT_SNAPSHOT);
phases.push(`checks and bodies ${seconds(phase)}`);
if (!toRender) process.exit(1);

phase = performance.now();
const clearing = setAsideLastOutput();
const building = nextBuild();
// The steps after `next build` load their modules (Pagefind, HTML parsing, the content) while it runs.
const postbuildModule = import('./postbuild');
const status = await building;
if (status !== 0) process.exit(status);
// When `next build` ended, so that the bench shows how long its last step took: after "Finalizing page
// optimization" Next copies every page's HTML, payload and prefetch files into out/ (20,000 files at
// 1,000 posts) and writes its caches, printing nothing (11 to 12 s there on a rebuild).
console.log(`next build: ended, out/ written (${Math.round(performance.now() - phase)} ms)`);
phases.push(`next build ${seconds(phase)}`);

phase = performance.now();
const outDir = process.env.OUT_DIR ?? 'out';
const kept = await keepPages(outDir, toRender.plan, toRender.record);
const { pages } = messages().build;
console.log(toRender.plan.kind === 'all' ? pages.all(toRender.plan.why) : pages.some(toRender.plan.pages.length, kept.restored.size));
phases.push(`pages kept ${seconds(phase)}`);

phase = performance.now();
const { postbuild } = await postbuildModule;
if (!(await postbuild(outDir, { keptPages: kept.restored }))) process.exit(1);
phases.push(`postbuild ${seconds(phase)}`);
kept.commit();
// Only the last build's files, set aside: what failed to go is tried again by the next build.
await clearing.catch((e: unknown) => console.warn(`build: .cache/trash/ not emptied: ${e instanceof Error ? e.message : String(e)}`));
console.log(`build: ${seconds(started)} (${phases.join(', ')})`);
