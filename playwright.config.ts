import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const BASE_PATH = (process.env.BASE_PATH ?? '').replace(/\/$/, '');

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
    baseURL: `http://localhost:${PORT}${BASE_PATH}/`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath(),
          args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu'],
        },
      },
    },
  ],
  webServer: {
    command: `node_modules/.bin/tsx scripts/serve.ts`,
    env: { PORT: String(PORT), BASE_PATH, OUT_DIR: process.env.OUT_DIR ?? 'out' },
    url: `http://localhost:${PORT}${BASE_PATH}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
