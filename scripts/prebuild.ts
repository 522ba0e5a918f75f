/**
 * What `npm run build` does before `next build`, in one process: the checks of `npm run check`
 * (the build stops on any error, with the same report), then the prerendered post bodies.
 */
import { writeBodyImages } from './body-images';
import { prerenderBodies } from './prerender/run';
import { runCheck } from './run-check';

const { report, errors } = runCheck();
if (errors) {
  console.error('\nThe build stops here: fix the errors above (`npm run check` shows them again).');
  process.exit(1);
}
writeBodyImages(report.bodyImages);
const failed = await prerenderBodies(report.published);
if (failed.length) {
  for (const f of failed) console.error(`${f.file}: error: the body could not be rendered: ${f.message}`);
  console.error(`\nThe build stops here: ${failed.length} post${failed.length > 1 ? 's' : ''} could not be rendered (the others were). Fix ${failed.length > 1 ? 'them' : 'it'}, or move ${failed.length > 1 ? 'them' : 'it'} out of content/posts/, and build again.`);
  process.exit(1);
}
