import { defineConfig } from 'vitest/config';

/** The store archives (`npm run test:store`): builds them as `npm run zip` does, so it is apart from the fast unit run. */
export default defineConfig({
  test: {
    include: ['scripts/store/*.store.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
