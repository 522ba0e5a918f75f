/**
 * What `npm run build` does before `next build`, in one process: the checks of `npm run check`
 * (the build stops on any error, with the same report), then the prerendered post bodies.
 */
import { checkContent, formatCheckReport } from '../lib/check';
import { prerenderBodies } from './prerender/run';

const started = performance.now();
const report = checkContent();
const { text, errors } = formatCheckReport(report, (performance.now() - started) / 1000);
console.log(text);
if (errors) {
  console.error('\nThe build stops here: fix the errors above (`npm run check` shows them again).');
  process.exit(1);
}
await prerenderBodies(report.published);
