/**
 * What `npm run build` does before `next build`, in one process: the checks of `npm run check`
 * (the build stops on any error, with the same report), then the prerendered post bodies.
 */
import { writeBodyImages } from './body-images';
import { prerenderBodies } from './prerender/run';
import { messages } from '../lib/messages';
import { runCheck } from './run-check';

const t = messages().build;

const { report, errors } = runCheck();
if (errors) {
  console.error(t.stopsOnErrors);
  process.exit(1);
}
writeBodyImages(report.bodyImages);
const failed = await prerenderBodies(report.published);
if (failed.length) {
  for (const f of failed) console.error(t.notRendered(f.file, f.message));
  console.error(t.stopsOnRendering(failed.length));
  process.exit(1);
}
