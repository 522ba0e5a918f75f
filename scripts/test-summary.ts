/**
 * Adds up the unit (Vitest), end-to-end and dev-server (Playwright), differential and rebuild (node:test,
 * through scripts/differential/json-reporter.ts) results that `npm test` wrote in reports/, and prints the one
 * line CI reads: `N passed, N failed`.
 * A suite that did not run (an earlier step failed) counts as one failure.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Totals {
  passed: number;
  failed: number;
}

/** Vitest's JSON report, and the differential test's, which counts the same way. */
function vitest(file: string): Totals | undefined {
  if (!existsSync(file)) return undefined;
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests };
}

function playwright(file: string): Totals | undefined {
  if (!existsSync(file)) return undefined;
  const r = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected };
}

const suites = [
  vitest('reports/unit.json'),
  playwright('reports/e2e.json'),
  playwright('reports/e2e-dev.json'),
  vitest('reports/differential.json'),
  vitest('reports/rebuild.json'),
];
const passed = suites.reduce((n, s) => n + (s?.passed ?? 0), 0);
const failed = suites.reduce((n, s) => n + (s ? s.failed : 1), 0);
console.log(`${passed} passed, ${failed} failed`);
