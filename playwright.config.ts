import { defineConfig } from '@playwright/test';

// Playwright cannot download its browsers on these machines: use the system Chromium
// (CHROMIUM_PATH, set by ../shared/toolchain/ensure-chromium.sh, or Debian's /usr/bin/chromium).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Tests spread over both workers whatever file they are in: the axe sweep alone is a hundred pages.
  fullyParallel: true,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'on-first-retry',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: {
    // The built site as production serves it: host headers and redirects, brotli (src/serve/staticServer.ts).
    command: `node scripts/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
