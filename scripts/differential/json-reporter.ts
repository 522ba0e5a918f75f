/**
 * A node:test reporter that writes reports/differential.json (or the file TEST_REPORT names),
 * which scripts/test-summary.ts adds to the other suites: the counts, and each test's name and
 * failure message. Used by `npm run test:differential` and `npm run test:rebuild` beside the
 * `spec` reporter that prints to the terminal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const DIFFERENTIAL_REPORT = 'reports/differential.json';

interface TestEvent {
  type: string;
  data: { name: string; nesting: number; details?: { type?: string; error?: unknown } };
}

export interface DifferentialReport {
  numPassedTests: number;
  numFailedTests: number;
  tests: { name: string; status: 'passed' | 'failed'; message?: string }[];
}

function messageOf(error: unknown): string {
  // node:test wraps what the test threw in an error whose `cause` is the original.
  const inner = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return inner instanceof Error ? inner.message : String(inner);
}

export default async function* jsonReporter(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  const report: DifferentialReport = { numPassedTests: 0, numFailedTests: 0, tests: [] };
  const suites: string[] = [];
  for await (const event of source) {
    const { type, data } = event;
    if (type === 'test:start') suites[data.nesting] = data.name;
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    if (data.details?.type === 'suite') continue;
    const name = [...suites.slice(0, data.nesting), data.name].join(' › ');
    if (type === 'test:pass') {
      report.numPassedTests++;
      report.tests.push({ name, status: 'passed' });
    } else {
      report.numFailedTests++;
      report.tests.push({ name, status: 'failed', message: messageOf(data.details?.error) });
    }
  }
  // No test at all means the script died before it could define them: a failure, never a pass.
  if (!report.tests.length) report.numFailedTests = 1;
  const file = process.env.TEST_REPORT ?? DIFFERENTIAL_REPORT;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  yield '';
}
