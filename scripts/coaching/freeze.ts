/**
 * Records test-split files as frozen: data/corpus/FROZEN.json holds, per file,
 * the digest of its ids, roles and texts (see corpus.ts) and the day it was
 * frozen. A file is frozen when it arrives from its writer, before any tuning
 * can look at it; a frozen file can never be changed or re-frozen, only new
 * files added. corpus.test.ts fails if the split and the record disagree.
 *   node scripts/run-ts.mjs scripts/coaching/freeze.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, testSplitDigest } from './corpus';

type Record = { files: { [file: string]: { digest: string; frozen: string } } };

const path = join(CORPUS_DIR, 'FROZEN.json');
const record: Record = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record) : { files: {} };
const today = new Date().toISOString().slice(0, 10);
for (const [file, digest] of Object.entries(testSplitDigest())) {
  const frozen = record.files[file];
  if (!frozen) {
    record.files[file] = { digest, frozen: today };
    console.log(`froze test/${file}`);
  } else if (frozen.digest !== digest) {
    console.error(`test/${file} differs from the copy frozen on ${frozen.frozen}: a frozen file cannot change.`);
    process.exit(1);
  }
}
writeFileSync(path, JSON.stringify(record, null, 2) + '\n');
