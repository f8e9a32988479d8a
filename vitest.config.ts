import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['**/*.test.ts', '**/*.test.tsx'],
    // The store archives' test builds them, so it runs on its own (npm run test:store).
    exclude: ['node_modules/**', '.output/**', 'e2e/**', '**/*.store.test.ts'],
    environment: 'node',
    setupFiles: ['vitest.setup.ts'],
    restoreMocks: true,
    // Property tests run thousands of cases; a loaded 2-core CI machine needs room (times are never asserted).
    testTimeout: 60_000,
    // Conditions awaited with expect.poll (the coaching engine's chunk parsing its weights, say) take longer on a busy machine.
    expect: { poll: { timeout: 15_000 } },
  },
});
