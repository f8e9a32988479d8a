/**
 * Files a writer's lines into the corpus: a training writer's lines go to
 * train/, a held-out writer's to calibration/ or test/ by a hash of each id
 * (blind to the content), a test writer's all to test/, and a writer who
 * trains and tests (`halves`) to train/ or test/ by the same hash. Every
 * line is validated first; a bad file writes nothing.
 *   node scripts/run-ts.mjs scripts/coaching/import-corpus.ts train|heldout|test|halves NAME FILE.jsonl…
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, heldOutSplit, parseLine } from './corpus';

const [pool, name, ...files] = process.argv.slice(2);
const POOLS = ['train', 'heldout', 'test', 'halves'];
if (!pool || !POOLS.includes(pool) || !name || !files.length) {
  console.error('usage: import-corpus.ts train|heldout|test|halves NAME FILE.jsonl…');
  process.exit(2);
}
const out: Record<string, string[]> = { train: [], calibration: [], test: [] };
const seen = new Set<string>();
for (const file of files) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (!raw.trim()) return;
      const line = parseLine(raw, `${file}:${i + 1}`, 'train', file);
      if (seen.has(line.id)) throw new Error(`${file}:${i + 1}: duplicate id ${line.id}`);
      seen.add(line.id);
      const hashed = heldOutSplit(line.id);
      const split = pool === 'heldout' ? hashed : pool === 'halves' ? (hashed === 'test' ? 'test' : 'train') : pool;
      out[split]!.push(JSON.stringify({ id: line.id, role: line.role, text: line.text, labels: [...line.labels], tier: line.tier, industry: line.industry, register: line.register }));
    });
}
for (const [split, lines] of Object.entries(out)) {
  if (!lines.length) continue;
  mkdirSync(join(CORPUS_DIR, split), { recursive: true });
  writeFileSync(join(CORPUS_DIR, split, `${name}.jsonl`), lines.join('\n') + '\n');
  console.log(`${split}/${name}.jsonl: ${lines.length} lines`);
}
