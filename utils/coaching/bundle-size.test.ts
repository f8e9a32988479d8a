import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

describe('bundle size', () => {
  it('the engine with its weights adds at most 150 KB gzip to the bundle that loads it', async () => {
    const result = await build({
      entryPoints: ['utils/coaching/index.ts'],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.contents;
    expect(code.length).toBeGreaterThan(50_000);
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(150 * 1024);
  });
});
