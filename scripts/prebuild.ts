/**
 * What `npm run build` does before `next build`, in one process: the checks of `npm run check`
 * (the build stops on any error, with the same report), the content the build's other processes
 * read instead of content/ (lib/content/snapshot.ts), then the prerendered post bodies.
 */
import { loadContent } from '../lib/content';
import { writeContentSnapshot } from '../lib/content/snapshot';
import { writeBodyImages } from './body-images';
import { prerenderBodies } from './prerender/run';
import { messages } from '../lib/messages';
import { runCheck } from './run-check';

const t = messages().build;

/** Whether the build may go on; what stops it is printed. */
export async function prebuild(snapshotFile: string): Promise<boolean> {
  const { report, errors } = runCheck();
  if (errors) {
    console.error(t.stopsOnErrors);
    return false;
  }
  writeBodyImages(report.bodyImages);
  // The check reads drafts too; the build's pages read what readers see.
  writeContentSnapshot(snapshotFile, loadContent());
  const failed = await prerenderBodies(report.published, (file) => report.bodyImagesByFile.get(file) ?? []);
  if (failed.length) {
    for (const f of failed) console.error(t.notRendered(f.file, f.message));
    console.error(t.stopsOnRendering(failed.length));
    return false;
  }
  return true;
}
