/**
 * What `npm run build` does before `next build`, in one process: the checks of `npm run check`
 * (the build stops on any error, with the same report), the content the build's other processes
 * read instead of content/ (lib/content/snapshot.ts), then the prerendered post bodies.
 */
import { loadContent } from '../lib/content';
import { writeContentSnapshot } from '../lib/content/snapshot';
import { writeBodyImages } from './body-images';
import { prerenderBodies } from './prerender/run';
import { runCheck } from './run-check';

/** Whether the build may go on; what stops it is printed. */
export async function prebuild(snapshotFile: string): Promise<boolean> {
  const { report, errors } = runCheck();
  if (errors) {
    console.error('\nThe build stops here: fix the errors above (`npm run check` shows them again).');
    return false;
  }
  writeBodyImages(report.bodyImages);
  // The check reads drafts too; the build's pages read what readers see.
  writeContentSnapshot(snapshotFile, loadContent());
  const failed = await prerenderBodies(report.published, (file) => report.bodyImagesByFile.get(file) ?? []);
  if (failed.length) {
    for (const f of failed) console.error(`${f.file}: error: the body could not be rendered: ${f.message}`);
    console.error(`\nThe build stops here: ${failed.length} post${failed.length > 1 ? 's' : ''} could not be rendered (the others were). Fix ${failed.length > 1 ? 'them' : 'it'}, or move ${failed.length > 1 ? 'them' : 'it'} out of content/posts/, and build again.`);
    return false;
  }
  return true;
}
