import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const budgetKb = (JSON.parse(readFileSync('budgets.json', 'utf8')) as { coachingEngineKbGzip: number }).coachingEngineKbGzip;

describe('bundle size', () => {
  it(`the engine with its weights adds at most ${budgetKb} KB gzip to the bundle that loads it`, async () => {
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
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(budgetKb * 1024);
  });
});
