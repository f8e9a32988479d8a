import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  // Two retries in CI only while the virtualised-list step of e2e/adapters/streams.spec.ts still loses a
  // message now and then under load (issue #4, note of 2026-11-23); back to one once the reader is fixed.
  retries: process.env.CI ? 2 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
