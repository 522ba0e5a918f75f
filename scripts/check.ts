/**
 * `npm run check`: every content problem of every file in one run, then exit 1 if any is an error.
 */
import { checkContent } from '../lib/check';
import { errorsOf, formatProblems } from '../lib/problems';
import { formatFrenchDate } from '../lib/dates';

const started = performance.now();
const report = checkContent();
const errors = errorsOf(report.problems);
const warnings = report.problems.length - errors.length;

if (report.problems.length) console.log(formatProblems(report.problems));
for (const s of report.scheduled) console.log(`${s.file}: scheduled for ${formatFrenchDate(s.publishAt)}, not published before`);
for (const d of report.drafts) console.log(`${d}: draft, not published`);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `${report.posts} post${report.posts === 1 ? "" : "s"} checked in ${seconds} s: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
);
process.exitCode = errors.length ? 1 : 0;
