/**
 * Records the blind test split as frozen: data/corpus/FROZEN.json holds the
 * digest of every test file's ids, roles and texts (see corpus.ts). Run once,
 * before tuning; corpus.test.ts fails if the split changes afterwards.
 *   node scripts/run-ts.mjs scripts/coaching/freeze.ts
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, testSplitDigest } from './corpus';

const path = join(CORPUS_DIR, 'FROZEN.json');
if (existsSync(path) && !process.argv.includes('--again')) {
  console.error(`${path} exists: the test split is already frozen.`);
  process.exit(2);
}
writeFileSync(path, JSON.stringify({ frozen: new Date().toISOString().slice(0, 10), files: testSplitDigest() }, null, 2) + '\n');
console.log(`froze ${path}`);
