/**
 * `npm run build`: `next build` started at once, so that it compiles while this process checks the
 * content and prerenders the bodies (scripts/prebuild.ts), then the steps on out/ (scripts/postbuild.ts),
 * with the time each took. Next's workers wait for the content this process read and validated once
 * (CONTENT_SNAPSHOT) and for the pages to render (RENDER_ONLY) before they read any content
 * (lib/build-handoff.ts); all of them use the same "now" (BUILD_DATE, pinned here unless given), so a
 * post cannot be scheduled in one page and published in another. When the checks fail, `next build`
 * is stopped before it has written anything, and only the checks' report is shown.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { BUILD_PID_ENV } from '../lib/build-handoff';
import { messages } from '../lib/messages';
import { RENDER_ONLY_ENV } from '../lib/static-params';
import { startNextBuild } from './next-build';
import { prebuild } from './prebuild';
import { startPrerenderWorker } from './prerender/run';
import { keepPages } from './reuse/kept-pages';
import { setAsideLastOutput } from './set-aside';

// From the process's start: Node's and tsx's start and the loading of the build's modules count too.
const started = 0;
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
process.env.BUILD_DATE ||= new Date().toISOString();
const handed = { snapshot: path.resolve('.cache', 'build', 'content.bin'), renderOnly: path.resolve('.cache', 'build', 'render-only.json') };
process.env.CONTENT_SNAPSHOT = handed.snapshot;
process.env[RENDER_ONLY_ENV] = handed.renderOnly;
process.env[BUILD_PID_ENV] = String(process.pid);
// Next's workers must wait for this build's files, never take an earlier build's.
for (const file of Object.values(handed)) rmSync(file, { force: true });

const phases: string[] = [];
let phase = performance.now();
const clearingNext = setAsideLastOutput('next');
const next = startNextBuild();
// Loads the renderer while the content is checked: a rebuild has one body or none to render.
const prerenderWorker = startPrerenderWorker();
const toRender = await prebuild(handed, () => next.showOutput(), [prerenderWorker]);
phases.push(`checks and bodies ${seconds(phase)}`);
if (!toRender) {
  await next.stop();
  process.exit(1);
}
// The site is to be replaced: Next would delete out/ file by file before it exports.
const clearingOut = setAsideLastOutput('out');
// The steps after `next build` load their modules (Pagefind, HTML parsing, the content) while it runs.
const postbuildModule = import('./postbuild');
const status = await next.done;
if (status !== 0) process.exit(status);
// When `next build` ended, so that the bench shows how long its last step took: after "Finalizing page
// optimization" Next copies every page's HTML, payload and prefetch files into out/ and writes its
// caches, printing nothing.
console.log(`next build: ended, out/ written (${Math.round(performance.now() - phase)} ms)`);
phases.push(`next build ${seconds(phase)}, the checks and bodies included`);

phase = performance.now();
const outDir = process.env.OUT_DIR ?? 'out';
const kept = await keepPages(outDir, toRender.plan, toRender.record, toRender.keptFiles);
const { pages } = messages().build;
console.log(toRender.plan.kind === 'all' ? pages.all(toRender.plan.why) : pages.some(toRender.plan.pages.length, kept.restored.size));
phases.push(`pages kept ${seconds(phase)}`);

phase = performance.now();
const { postbuild } = await postbuildModule;
if (!(await postbuild(outDir, { keptPages: kept.restored }))) process.exit(1);
phases.push(`postbuild ${seconds(phase)}`);
await kept.commit();
// Only the last build's files, set aside: what failed to go is tried again by the next build.
await Promise.all([clearingNext, clearingOut]).catch((e: unknown) =>
  console.warn(`build: .cache/trash/ not emptied: ${e instanceof Error ? e.message : String(e)}`),
);
console.log(`build: ${seconds(started)} (${phases.join(', ')})`);
