/**
 * `npm run check`: every content problem of every file in one run, then exit 1 if any is an error.
 */
import { checkContent, formatCheckReport } from '../lib/check';
import { loadBodyCache } from './body-cache';

const bodies = loadBodyCache();
const started = performance.now();
const { text, errors } = formatCheckReport(checkContent({ bodyCache: bodies.cache }), (performance.now() - started) / 1000);
console.log(text);
bodies.save();
process.exitCode = errors ? 1 : 0;
