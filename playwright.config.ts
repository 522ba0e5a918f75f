import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The fixture site, built under a sub-path by `npm run build:subpath`, as a GitHub Pages project site. */
const SUBPATH_PORT = PORT + 1;
export const SUBPATH = '/sous-dossier';
/** What the check accepts of test/fixtures/hostile, built by `npm run build:hostile` (e2e/hostile.spec.ts). */
const HOSTILE_PORT = PORT + 2;

/** Playwright's own Chromium where it could be downloaded; Debian's otherwise. */
function chromiumPath(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No browser registry at all: fall through to the system browser.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'],
    },
  },
  projects: [
    { name: 'site', testIgnore: ['subpath/**', 'hostile.spec.ts'], use: { baseURL: `http://localhost:${PORT}/` } },
    { name: 'subpath', testMatch: 'subpath/**/*.spec.ts', use: { baseURL: `http://localhost:${SUBPATH_PORT}${SUBPATH}/` } },
    { name: 'hostile', testMatch: 'hostile.spec.ts', use: { baseURL: `http://localhost:${HOSTILE_PORT}/` } },
  ],
  webServer: [
    {
      command: 'node_modules/.bin/tsx scripts/serve.ts',
      env: { PORT: String(PORT), OUT_DIR: 'out', BASE_PATH: '' },
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'node_modules/.bin/tsx scripts/serve.ts',
      env: { PORT: String(SUBPATH_PORT), OUT_DIR: 'out-subpath', BASE_PATH: SUBPATH },
      url: `http://localhost:${SUBPATH_PORT}${SUBPATH}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: 'node_modules/.bin/tsx scripts/serve.ts',
      env: { PORT: String(HOSTILE_PORT), OUT_DIR: 'out-hostile', BASE_PATH: '' },
      url: `http://localhost:${HOSTILE_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
