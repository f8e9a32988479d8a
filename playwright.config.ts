import { defineConfig } from '@playwright/test';

const POLICY_SPEC = '**/packs/policy.spec.ts';
// The store listings' screenshots are pictures, not checks: only `npm run screenshots` (UNDERTONE_SCREENSHOTS=1) takes them.
const STORE_SCREENSHOTS_SPEC = '**/store-screenshots.spec.ts';
const ordinaryIgnore = process.env.UNDERTONE_SCREENSHOTS ? [POLICY_SPEC] : [POLICY_SPEC, STORE_SCREENSHOTS_SPEC];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  // One retry in CI, for the shared 2-core machine; a test that needs it is a bug to find, not noise
  // (the streams spec's virtualised-list loss was one, and its cause was in the reader).
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    { name: 'extension', testIgnore: ordinaryIgnore },
    // The enterprise-policy test writes a machine-wide Chromium policy file that every browser started meanwhile
    // would read (agents' own packs off, refusing other tests' pack imports), so it runs alone, after the rest.
    { name: 'enterprise-policy', testMatch: POLICY_SPEC, dependencies: ['extension'] },
  ],
});
