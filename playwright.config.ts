import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download cannot run here.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 18787);
// Set once in the runner; the workers inherit it, so every process sees one data dir.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'partnerboard-e2e-'));
process.env.E2E_METRICS_TOKEN ??= `e2e-metrics-${process.pid}-${Date.now()}`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  reporter: 'list',
  globalTeardown: './e2e/support/honestEditsAccepted.ts',
  webServer: {
    command: 'node --import tsx apps/server/src/main.ts',
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: process.env.E2E_DATA_DIR,
      CREATE_BOARDS_PER_MINUTE: '10000',
      LOG_LEVEL: 'warn',
      METRICS_TOKEN: process.env.E2E_METRICS_TOKEN,
    },
  },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
});
