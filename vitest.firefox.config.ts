import { defineConfig } from 'vitest/config';

/**
 * The Firefox suite (e2e-firefox/): the Firefox build in a real Firefox over
 * WebDriver BiDi. Each file starts its own browser, two files at a time
 * (this is a 2-core machine); tests within a file share that browser.
 */
export default defineConfig({
  test: {
    include: ['e2e-firefox/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // No retries: a test that needs one is a bug to find.
    retry: 0,
  },
});
