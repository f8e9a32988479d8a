/**
 * Sets the gold labels of the held-out splits (calibration and test) from the
 * annotations: where the writer and the blind second annotator agree, their
 * labels; where they disagree, the adjudicator's. Texts are never touched, so
 * the freeze record (FROZEN.json) still holds.
 *   node scripts/run-ts.mjs scripts/coaching/adjudicate.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from './corpus';

interface Annotation {
  id: string;
  labels: string[];
  tier: string | null;
}

function load(who: string): Map<string, Annotation> {
  const folder = join(CORPUS_DIR, 'annotations', who);
  const out = new Map<string, Annotation>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.jsonl'))) {
    for (const raw of readFileSync(join(folder, file), 'utf8').split('\n')) if (raw.trim()) out.set((JSON.parse(raw) as Annotation).id, JSON.parse(raw) as Annotation);
  }
  return out;
}

const same = (a: Annotation, b: Annotation) => a.tier === b.tier && a.labels.length === b.labels.length && a.labels.every((l) => b.labels.includes(l));

const writer = load('writer');
const second = load('second');
const adjudicated = load('adjudicated');
let changed = 0;
for (const split of ['calibration', 'test']) {
  for (const file of readdirSync(join(CORPUS_DIR, split)).filter((f) => f.endsWith('.jsonl'))) {
    const path = join(CORPUS_DIR, split, file);
    const lines = readFileSync(path, 'utf8')
      .split('\n')
      .filter((raw) => raw.trim())
      .map((raw) => {
        const line = JSON.parse(raw) as Annotation & Record<string, unknown>;
        const a = writer.get(line.id);
        const b = second.get(line.id);
        if (!a || !b) throw new Error(`${split}/${file}: ${line.id} lacks a writer's or a second annotator's labels`);
        const gold = same(a, b) ? a : adjudicated.get(line.id);
        if (!gold) throw new Error(`${split}/${file}: ${line.id} has disagreeing annotations and no adjudication`);
        if (!same(gold, line)) changed++;
        return JSON.stringify({ ...line, labels: gold.labels, tier: gold.tier });
      });
    writeFileSync(path, lines.join('\n') + '\n');
  }
}
console.log(`gold labels set from the annotations; ${changed} lines changed`);
