import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { renderToString } from 'react-dom/server';
import { mdxComponentsFor } from '../../components/mdx-components';
import { writeFileAtomic } from '../../lib/atomic-file';
import { renderPostBody } from '../../lib/render';
import { isSelfContained, PRERENDER_DIR, prerenderKey } from '../../lib/render/prerendered';
import type { PrerenderJob, PrerenderResult } from './types';

/**
 * Started before the content is checked, so that loading the renderer overlaps the checks: it
 * renders the share of the bodies it is then sent, writes each to PRERENDER_DIR under its key,
 * and answers with what it did.
 */
async function render(jobs: readonly PrerenderJob[]): Promise<PrerenderResult> {
  let written = 0;
  const skipped: string[] = [];
  const failed: PrerenderResult['failed'] = [];
  for (const job of jobs) {
    let html: string;
    try {
      html = renderToString(await renderPostBody(job, mdxComponentsFor(job.lang)));
    } catch (e) {
      // One post that fails must not hide the others: each failure is reported with its file.
      failed.push({ file: job.file, message: e instanceof Error ? e.message.split('\n')[0]! : String(e) });
      continue;
    }
    // What React would not write the same way inside the page stays with the page.
    const key = prerenderKey(job);
    if (!isSelfContained(html)) {
      skipped.push(key);
      continue;
    }
    writeFileAtomic(path.join(PRERENDER_DIR, `${key}.html`), html);
    written++;
  }
  return { written, skipped, failed };
}

parentPort?.once('message', (jobs: PrerenderJob[]) => {
  void render(jobs).then((result) => parentPort?.postMessage(result));
});
