/**
 * `npm run check`: every content problem of every file in one run, then exit 1 if any is an error.
 */
import { checkContent, formatCheckReport } from '../lib/check';

const started = performance.now();
const { text, errors } = formatCheckReport(checkContent(), (performance.now() - started) / 1000);
console.log(text);
process.exitCode = errors ? 1 : 0;
