import { defineConfig, devices } from '@playwright/test';
import { testLaunchOptions } from './scripts/chromium-path.mjs';

// E2E_PORT moves the test servers (the site, and under /cchc/ on the next port), so that two
// checkouts can run their browser tests at once.
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: testLaunchOptions(),
    trace: 'off',
    // Only the specs of offline use turn the site's service worker on: see tests/e2e/fixtures.ts.
    serviceWorkers: 'block',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node scripts/serve-for-tests.mjs',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
