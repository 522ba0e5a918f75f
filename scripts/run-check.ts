import { checkContent, formatCheckReport, type CheckReport } from '../lib/check';
import { loadBodyCache } from '../lib/content/body-cache-file';
import type { LoadOptions } from '../lib/content';

/**
 * The checks of `npm run check` and of the build, run once: the bodies remembered from the last run
 * (lib/content/body-cache-file.ts) are not read again, the report is printed, and what was read is remembered.
 * `postMemo` keeps the parse of each post file for a later load of the same process (the build's).
 */
export function runCheck(postMemo?: LoadOptions['postMemo']): { report: CheckReport; errors: number } {
  const bodies = loadBodyCache();
  const started = performance.now();
  const report = checkContent({ bodyCache: bodies.cache, ...(postMemo ? { postMemo } : {}) });
  const { text, errors } = formatCheckReport(report, (performance.now() - started) / 1000);
  console.log(text);
  bodies.save();
  return { report, errors };
}
