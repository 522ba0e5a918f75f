import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { renderToString } from 'react-dom/server';
import { mdxComponents } from '../../components/mdx-components';
import { renderPostBody } from '../../lib/render';
import { isSelfContained, PRERENDER_DIR, prerenderKey } from '../../lib/render/prerendered';
import type { PrerenderJob, PrerenderResult } from './types';

/** Renders its share of the bodies and writes each to PRERENDER_DIR under its key. */
const { jobs } = workerData as { jobs: PrerenderJob[] };
let written = 0;
let skipped = 0;
const failed: PrerenderResult['failed'] = [];
for (const job of jobs) {
  let html: string;
  try {
    html = renderToString(await renderPostBody(job, mdxComponents));
  } catch (e) {
    // One post that fails must not hide the others: each failure is reported with its file.
    failed.push({ file: job.file, message: e instanceof Error ? e.message.split('\n')[0]! : String(e) });
    continue;
  }
  // What React would not write the same way inside the page stays with the page.
  if (!isSelfContained(html)) {
    skipped++;
    continue;
  }
  writeFileSync(path.join(PRERENDER_DIR, `${prerenderKey(job)}.html`), html);
  written++;
}
parentPort?.postMessage({ written, skipped, failed } satisfies PrerenderResult);
