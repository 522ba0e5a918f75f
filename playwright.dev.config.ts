import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

/**
 * The dev server (`npm run dev`) tests: live reload of content/ and content errors in the page.
 * Run by `npm run test:dev`, part of `npm test`. The dev server compiles each route on first
 * visit, which takes several seconds on a small machine: timeouts are generous, and the tests
 * assert what happens, not how fast (the reload delay is logged).
 */
const PORT = Number(process.env.E2E_DEV_PORT ?? 4190);
// Outside the project, so that no file watcher of the dev server sees the tests' edits as code changes.
export const DEV_CONTENT_DIR = path.join(os.tmpdir(), `eig-blog-e2e-dev-${PORT}`);

export default defineConfig({
  testDir: 'e2e-dev',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // One dev server, one scratch content folder: the tests edit it in turn.
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e-dev.json' }]],
  // Nothing the tests write may land in the project: the dev server would take it for a code change.
  outputDir: path.join(os.tmpdir(), `eig-blog-e2e-dev-results-${PORT}`),
  use: { ...baseConfig.use, baseURL: `http://localhost:${PORT}/` },
  webServer: {
    command: 'node_modules/.bin/tsx e2e-dev/serve-dev.ts',
    env: { PORT: String(PORT), CONTENT_DIR: DEV_CONTENT_DIR, NEXT_TELEMETRY_DISABLED: '1' },
    url: `http://localhost:${PORT}/dev/content-version/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
