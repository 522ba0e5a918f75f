/**
 * Renders the body of every published post to HTML in parallel worker threads, into
 * .cache/post-html/ (see lib/render/prerendered.ts), before `next build`. The folder is
 * emptied first, so a build never reads a body rendered by older code.
 */
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Post } from '../../lib/content/post';
import { PRERENDER_DIR } from '../../lib/render/prerendered';
import type { PrerenderJob, PrerenderResult } from './types';

function runWorker(jobs: PrerenderJob[]): Promise<PrerenderResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { jobs } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`prerender worker exited with code ${code}`)));
  });
}

/**
 * Renders the bodies of `posts`, the published ones (see checkContent's report). Returns the
 * bodies that failed, each with its file, so that the build stops naming them all.
 */
export async function prerenderBodies(posts: readonly Pick<Post, 'file' | 'body' | 'format'>[]): Promise<PrerenderResult['failed']> {
  const started = performance.now();
  rmSync(PRERENDER_DIR, { recursive: true, force: true });
  mkdirSync(PRERENDER_DIR, { recursive: true });
  const count = Math.max(1, Math.min(os.availableParallelism(), Math.ceil(posts.length / 50)));
  // Dealt like cards, so that long and short posts spread evenly.
  const shares: PrerenderJob[][] = Array.from({ length: count }, () => []);
  posts.forEach((p, i) => shares[i % count]!.push({ file: p.file, body: p.body, format: p.format }));
  const results = await Promise.all(shares.map(runWorker));
  const written = results.reduce((n, r) => n + r.written, 0);
  const skipped = results.reduce((n, r) => n + r.skipped, 0);
  console.log(
    `prerender: ${written} post bodies in ${Math.round(performance.now() - started)} ms with ${count} worker${count > 1 ? 's' : ''}` +
      (skipped ? `, ${skipped} left to the page` : ''),
  );
  return results.flatMap((r) => r.failed);
}
