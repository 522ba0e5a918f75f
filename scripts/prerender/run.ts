/**
 * Renders the body of every published post to HTML in parallel worker threads, into
 * .cache/post-html/ (see lib/render/prerendered.ts), before `next build`. Bodies rendered by an
 * earlier build are kept when nothing they depend on changed: their text and format and the base
 * path (the file's name, prerenderKey), the sizes of the local images they show and the names of
 * their variants, which hash their content (read from public/ as the render reads them), and the
 * code and packages that render them (the folder is emptied when those change). A rebuild after
 * editing one post renders that post alone.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { localImageSize, publicDirFromEnv } from '../../lib/content/images';
import { responsiveImage } from '../../lib/responsive-images';
import type { Post } from '../../lib/content/post';
import { PRERENDER_DIR, prerenderKey } from '../../lib/render/prerendered';
import { codeVersion } from '../../lib/code-version';
import type { PrerenderJob, PrerenderResult } from './types';

const MANIFEST = path.join(PRERENDER_DIR, 'manifest.json');

/** What the folder holds: for each body's key, the fingerprint of its images, and whether it was left to the page. */
interface Manifest {
  code: string;
  bodies: Record<string, { images: string; skipped?: true }>;
}

/** What renders a body: the render, the Markdown reading, the MDX components, the site's settings. */
const renderCodeVersion = () => codeVersion(['lib', 'components', 'scripts/prerender'], ['site.config.ts']);

function readManifest(code: string): Manifest {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
    if (manifest.code === code) return manifest;
  } catch {
    // No manifest yet, or an unreadable one: nothing kept.
  }
  rmSync(PRERENDER_DIR, { recursive: true, force: true });
  return { code, bodies: {} };
}

/** A worker thread that loads the renderer as soon as it is started, then waits for its share of the bodies. */
export interface PrerenderWorker {
  /** Sends it its bodies; resolves with what it did, then stops it. */
  run(jobs: PrerenderJob[]): Promise<PrerenderResult>;
  stop(): void;
}

/**
 * A worker started now, to be given its bodies later by prerenderBodies: loading the renderer (about
 * 1.5 s, nearly all the prerender of a rebuild that edited one post) then overlaps the checks.
 */
export function startPrerenderWorker(): PrerenderWorker {
  const worker = new Worker(new URL('./boot.mjs', import.meta.url));
  const outcome = new Promise<PrerenderResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`prerender worker exited with code ${code}`)));
  });
  // Nobody waits for it before it is given its bodies: a failure to start is reported then.
  outcome.catch(() => undefined);
  return {
    run(jobs) {
      worker.postMessage(jobs);
      return outcome.finally(() => void worker.terminate());
    },
    stop: () => void worker.terminate(),
  };
}

/** What the prerender did: the bodies that failed, and what each post's rendered body was made from. */
export interface Prerendered {
  failed: PrerenderResult['failed'];
  /** By post file: its body's key and the fingerprint of its images, which change whenever its HTML may. */
  bodyInputs: Map<string, string>;
}

/**
 * Renders the bodies of `posts`, the published ones (see checkContent's report), that no earlier
 * build rendered from the same inputs; `imagesOf` gives the local images a body shows. Returns the
 * bodies that failed, each with its file, so that the build stops naming them all.
 */
export async function prerenderBodies(
  posts: readonly Pick<Post, 'file' | 'body' | 'format' | 'lang'>[],
  imagesOf: (file: string) => readonly string[],
  started: readonly PrerenderWorker[] = [],
): Promise<Prerendered> {
  const begun = performance.now();
  const previous = readManifest(renderCodeVersion());
  mkdirSync(PRERENDER_DIR, { recursive: true });
  const publicDir = publicDirFromEnv();
  const bodies: Manifest['bodies'] = {};
  const jobs: PrerenderJob[] = [];
  const bodyInputs = new Map<string, string>();
  for (const post of posts) {
    const key = prerenderKey(post);
    // Two posts with the same body (a copy, a translation not yet translated) share one rendering.
    if (key in bodies) {
      bodyInputs.set(post.file, `${key}:${bodies[key]!.images}`);
      continue;
    }
    // An image replaced by another of the same size changes the names of its variants in the HTML.
    const images = createHash('sha1')
      .update(
        JSON.stringify(
          imagesOf(post.file).map((src) => [src, localImageSize(publicDir, src), responsiveImage(publicDir, src)?.variants.map((v) => v.file)]),
        ),
      )
      .digest('hex');
    bodyInputs.set(post.file, `${key}:${images}`);
    const kept = previous.bodies[key];
    if (kept?.images === images && (kept.skipped || existsSync(path.join(PRERENDER_DIR, `${key}.html`)))) bodies[key] = kept;
    else {
      bodies[key] = { images };
      jobs.push({ file: post.file, body: post.body, format: post.format, lang: post.lang });
    }
  }

  const count = Math.max(1, Math.min(os.availableParallelism(), Math.ceil(jobs.length / 50)));
  // Dealt like cards, so that long and short posts spread evenly.
  const shares: PrerenderJob[][] = Array.from({ length: count }, () => []);
  jobs.forEach((job, i) => shares[i % count]!.push(job));
  // The workers started beforehand take the first shares; those not needed (no body to render) are stopped.
  const workers = Array.from({ length: jobs.length ? count : 0 }, (_, i) => started[i] ?? startPrerenderWorker());
  for (const idle of started.slice(workers.length)) idle.stop();
  const results = await Promise.all(workers.map((worker, i) => worker.run(shares[i]!)));
  for (const key of results.flatMap((r) => r.skipped)) bodies[key] = { ...bodies[key]!, skipped: true };

  // Bodies of posts deleted or edited since are dropped, so the folder holds this build's bodies alone.
  for (const name of readdirSync(PRERENDER_DIR)) {
    if (name.endsWith('.html') && !(name.slice(0, -'.html'.length) in bodies)) rmSync(path.join(PRERENDER_DIR, name), { force: true });
  }
  const failed = results.flatMap((r) => r.failed);
  // A body that failed is rendered again next time.
  for (const f of failed) {
    const post = posts.find((p) => p.file === f.file);
    if (post) delete bodies[prerenderKey(post)];
  }
  writeFileSync(MANIFEST, JSON.stringify({ code: previous.code, bodies } satisfies Manifest));

  const written = results.reduce((n, r) => n + r.written, 0);
  const skipped = results.reduce((n, r) => n + r.skipped.length, 0);
  const reused = Object.keys(bodies).length - jobs.length;
  console.log(
    `prerender: ${written} post bodies in ${Math.round(performance.now() - begun)} ms` +
      (jobs.length ? ` with ${count} worker${count > 1 ? 's' : ''}` : '') +
      (reused ? `, ${reused} kept from the last build` : '') +
      (skipped ? `, ${skipped} left to the page` : ''),
  );
  return { failed, bodyInputs };
}
