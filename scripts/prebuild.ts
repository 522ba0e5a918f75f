/**
 * What `npm run build` does while `next build` compiles, in one process: the checks of `npm run check`
 * (the build stops on any error, with the same report), the content the build's other processes
 * read instead of content/ (lib/content/snapshot.ts), the prerendered post bodies, then which
 * pages to render (scripts/reuse/plan.ts). Next's workers wait for the two files (lib/build-handoff.ts).
 */
import { loadContent, newPostMemo } from '../lib/content';
import { writeContentSnapshot } from '../lib/content/snapshot';
import { writeBodyImages } from './body-images';
import { prerenderBodies, type PrerenderWorker } from './prerender/run';
import { messages } from '../lib/messages';
import { runCheck } from './run-check';
import { planRendering, type PlannedPages } from './reuse/plan';

const t = messages().build;

export interface HandedFiles {
  snapshot: string;
  renderOnly: string;
}

/**
 * Which pages the build renders, or undefined when it may not go on (what stops it is printed).
 * `checked` is called once the checks have passed; `workers`, started beforehand, render the bodies.
 */
export async function prebuild(files: HandedFiles, checked: () => void, workers: readonly PrerenderWorker[] = []): Promise<PlannedPages | undefined> {
  // The pages' load below takes each post's parse from the check's instead of parsing every file again.
  const parsed = newPostMemo();
  const { report, errors } = runCheck(parsed);
  if (errors) {
    for (const worker of workers) worker.stop();
    console.error(t.stopsOnErrors);
    return undefined;
  }
  checked();
  writeBodyImages(report.bodyImages);
  // The check reads drafts too; the build's pages read what readers see.
  const content = loadContent({ postMemo: parsed });
  writeContentSnapshot(files.snapshot, content);
  const { failed, bodyInputs } = await prerenderBodies(report.published, (file) => report.bodyImagesByFile.get(file) ?? [], workers);
  if (failed.length) {
    for (const f of failed) console.error(t.notRendered(f.file, f.message));
    console.error(t.stopsOnRendering(failed.length));
    return undefined;
  }
  return planRendering(content, bodyInputs, files.renderOnly);
}
