/**
 * Agreement between the writer's labels and a blind second annotator's, per
 * label and language (Cohen's kappa), over the held-out lines.
 *   node scripts/run-ts.mjs scripts/coaching/agreement.ts [--write]
 * Reads data/corpus/annotations/{writer,second}/*.jsonl; --write also writes
 * data/corpus/AGREEMENT.md.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CUSTOMER_KINDS } from '@/utils/coaching/types';
import { kappa } from '../kappa';
import { CORPUS_DIR, LANGS, langOf } from './corpus';

interface Annotation {
  labels: Set<string>;
  tier: string | null;
}

function load(who: 'writer' | 'second'): Map<string, Annotation> {
  const folder = join(CORPUS_DIR, 'annotations', who);
  const out = new Map<string, Annotation>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.jsonl'))) {
    for (const raw of readFileSync(join(folder, file), 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      const { id, labels, tier } = JSON.parse(raw) as { id: string; labels: string[]; tier: string | null };
      out.set(id, { labels: new Set(labels), tier });
    }
  }
  return out;
}

const writer = load('writer');
const second = load('second');
const ids = [...second.keys()].filter((id) => writer.has(id));
const rows: string[] = ['| Label | ' + LANGS.map((l) => `${l} κ (n, positives writer/second)`).join(' | ') + ' |', '|---|' + LANGS.map(() => '---|').join('')];
const labelsToScore = [...CUSTOMER_KINDS, 'needs de-escalation', 'crisis tier = crisis', 'escalating'];
const has = (a: Annotation, label: string) =>
  label === 'needs de-escalation' ? ['anger', 'distress', 'churn_threat', 'crisis'].some((k) => a.labels.has(k)) : label === 'crisis tier = crisis' ? a.tier === 'crisis' : a.labels.has(label);
for (const label of labelsToScore) {
  const cells = LANGS.map((lang) => {
    const mine = ids.filter((id) => langOf(id) === lang);
    const pairs = mine.map((id) => [has(writer.get(id)!, label), has(second.get(id)!, label)] as [boolean, boolean]);
    const k = kappa(pairs);
    return `${Number.isNaN(k) ? '–' : k.toFixed(2)} (${pairs.length}, ${pairs.filter((p) => p[0]).length}/${pairs.filter((p) => p[1]).length})`;
  });
  rows.push(`| ${label} | ${cells.join(' | ')} |`);
}
const report = rows.join('\n');
console.log(report);
if (process.argv.includes('--write')) {
  writeFileSync(join(CORPUS_DIR, 'AGREEMENT.md'), `# Annotator agreement\n\nCohen's kappa between each line's writer and a blind second annotator, over ${ids.length} held-out lines (calibration and test splits). Produced by \`node scripts/run-ts.mjs scripts/coaching/agreement.ts --write\`; disagreements were then adjudicated (see BRIEF.md).\n\n${report}\n`);
}
