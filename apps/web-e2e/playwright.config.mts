import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const port = process.env['E2E_PORT'] ?? '4310';
const baseURL = `http://127.0.0.1:${port}`;
const workspaceRoot = resolve(import.meta.dirname, '../..');
/** Where the e2e server's SMTP server appends the mails the API sends (one JSON line each; see support.ts). */
process.env['E2E_MAIL_FILE'] ??= resolve(workspaceRoot, 'dist/.playwright/web-e2e/mail.jsonl');

/** CHROME_PATH, Debian's Chromium, or (undefined) Playwright's own. */
const executablePath = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => Boolean(path && existsSync(path)),
);

/**
 * Browser tests against the built platform (`npm test` builds it first): one API process serving the web app,
 * on a fresh database with the demo data (see tools/scripts/e2e-server.mjs).
 */
export default defineConfig({
  testDir: './src',
  outputDir: resolve(workspaceRoot, 'dist/.playwright/web-e2e/test-output'),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'nl-NL',
  },
  webServer: {
    command: 'node tools/scripts/e2e-server.mjs',
    cwd: workspaceRoot,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { ...(process.env as Record<string, string>), E2E_PORT: port },
    stdout: 'pipe',
    stderr: 'pipe',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
});
