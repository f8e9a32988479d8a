/**
 * Offline trainer for the coaching engine's statistical heads (anger, distress,
 * confusion) and its Traditional→Simplified character map.
 *   node scripts/run-ts.mjs scripts/coaching/train.ts [--data ../shared/data]
 * Reads GoEmotions (Apache-2.0) and XED (CC BY 4.0) from the shared data
 * folder plus the in-domain examples in scripts/coaching/data/in-domain.tsv,
 * and writes utils/coaching/weights.json. The dev set is never read here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { featureBuckets } from '@/utils/coaching/features';
import { createNormaliser } from '@/utils/coaching/text';

const HEADS = ['anger', 'distress', 'confusion'] as const;
type Head = (typeof HEADS)[number];
const BITS = 14;
const IN_DOMAIN_WEIGHT = 6;
const EPOCHS = 6;
const L2 = 2e-6;

const dataArg = process.argv.indexOf('--data');
const dataDir = resolve(dataArg > 0 ? process.argv[dataArg + 1]! : '../shared/data');

/** OpenCC dictionaries ship as `export default "from to|from to|…"` modules; read them as data. */
function openccDict(name: string): string {
  const source = readFileSync(resolve(`node_modules/opencc-js/dist/esm-lib/dict/${name}.js`), 'utf8');
  return JSON.parse(source.slice(source.indexOf('"'), source.lastIndexOf('"') + 1)) as string;
}

function parseDict(dict: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && from.length === 1 && to.length === 1) map.set(from, to);
  }
  return map;
}

/** Char-level t2s: Taiwan variants first, then OpenCC's Traditional→Simplified characters; single UTF-16 units only, so offsets survive. */
function buildT2s(): string {
  const variants = parseDict(openccDict('TWVariantsRev'));
  const ts = parseDict(openccDict('TSCharacters'));
  const pairs = new Map<string, string>();
  for (const [from, to] of ts) if (from !== to) pairs.set(from, to);
  // A variant rule must not rewrite a character that is already a Simplified form (TW 么→幺 would break 什么).
  const simplifiedForms = new Set(ts.values());
  for (const [from, to] of variants) {
    const simplified = ts.get(to) ?? to;
    if (simplified !== from && !simplifiedForms.has(from)) pairs.set(from, simplified);
  }
  return [...pairs].sort(([a], [b]) => a.localeCompare(b)).map(([a, b]) => a + b).join('');
}

interface Example {
  text: string;
  labels: Set<Head>;
  weight: number;
}

const GO_GROUPS: Record<Head, string[]> = {
  anger: ['anger', 'annoyance', 'disapproval', 'disgust'],
  distress: ['sadness', 'grief', 'fear', 'nervousness', 'disappointment', 'remorse'],
  confusion: ['confusion'],
};
const XED_GROUPS: Record<Head, number[]> = { anger: [1, 3], distress: [4, 6], confusion: [] };

function loadGoEmotions(): Example[] {
  const names = readFileSync(join(dataDir, 'goemotions/labels.txt'), 'utf8').trim().split('\n');
  return readFileSync(join(dataDir, 'goemotions/train.tsv'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [text = '', ids = ''] = line.split('\t');
      const emotions = new Set(ids.split(',').map((id) => names[Number(id)]));
      return { text, labels: new Set(HEADS.filter((h) => GO_GROUPS[h].some((e) => emotions.has(e)))), weight: 1 };
    });
}

function loadXed(file: string, textFirst: boolean): Example[] {
  return readFileSync(join(dataDir, 'xed', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const cols = line.split('\t');
      const [text = '', ids = ''] = textFirst ? cols : [cols[1], cols[0]];
      const emotions = new Set(ids.split(',').map((id) => Number(id.trim())));
      return { text, labels: new Set(HEADS.filter((h) => XED_GROUPS[h].some((e) => emotions.has(e)))), weight: 1 };
    });
}

function loadInDomain(): Example[] {
  return readFileSync(resolve('scripts/coaching/data/in-domain.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [labels = '', text = ''] = line.split('\t');
      return { text, labels: new Set(labels.split(',').filter((l): l is Head => (HEADS as readonly string[]).includes(l))), weight: IN_DOMAIN_WEIGHT };
    });
}

function train(examples: { buckets: number[]; labels: Set<Head>; weight: number }[], head: Head) {
  const w = new Float64Array(1 << BITS);
  const g2 = new Float64Array(1 << BITS).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const positives = examples.filter((e) => e.labels.has(head)).reduce((s, e) => s + e.weight, 0);
  const total = examples.reduce((s, e) => s + e.weight, 0);
  const positiveBoost = Math.min(4, (total - positives) / Math.max(1, positives) / 2);
  // Fixed shuffle order (seeded LCG) keeps training reproducible.
  const order = examples.map((_, i) => i);
  let seed = 12345;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const e = examples[index]!;
      let z = bias;
      for (const b of e.buckets) z += w[b]!;
      const y = e.labels.has(head) ? 1 : 0;
      const p = 1 / (1 + Math.exp(-z));
      const grad = (p - y) * e.weight * (y ? positiveBoost : 1);
      for (const b of e.buckets) {
        const g = grad + L2 * w[b]!;
        g2[b]! += g * g;
        w[b]! -= (0.1 * g) / Math.sqrt(g2[b]!);
      }
      biasG2 += grad * grad;
      bias -= (0.1 * grad) / Math.sqrt(biasG2);
    }
  }
  return { w, bias };
}

function quantise(w: Float64Array): { scale: number; weights: string } {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max / 127 || 1;
  // Tiny weights are rounded to zero: they barely move scores and long zero runs gzip well.
  const q = Int8Array.from(w, (x) => (Math.abs(x) < scale * 3 ? 0 : Math.round(x / scale)));
  return { scale: Number(scale.toPrecision(6)), weights: Buffer.from(q.buffer).toString('base64') };
}

const t2s = buildT2s();
const { normalise } = createNormaliser(t2s);
const raw = [
  ...loadGoEmotions(),
  ...loadXed('en-annotated.tsv', true),
  ...loadXed('cn-projections.tsv', true),
  ...loadXed('zh-projections.tsv', true),
  ...loadXed('tw-projections.tsv', true),
  ...loadXed('neu_en.txt', false).slice(0, 5000),
  ...loadInDomain(),
];
const examples = raw.map((e) => ({ buckets: featureBuckets(normalise(e.text), BITS), labels: e.labels, weight: e.weight }));
console.log(`training on ${examples.length} examples (${loadInDomain().length} in-domain)`);

const heads: Record<string, { bias: number; scale: number; weights: string }> = {};
for (const head of HEADS) {
  const { w, bias } = train(examples, head);
  heads[head] = { bias: Number(bias.toFixed(4)), ...quantise(w) };
  console.log(`  ${head}: ${examples.filter((e) => e.labels.has(head)).length} positive`);
}
const out = resolve('utils/coaching/weights.json');
writeFileSync(out, JSON.stringify({ $comment: 'Generated by scripts/coaching/train.ts; do not edit. Heads trained on GoEmotions (Apache-2.0), XED (CC BY 4.0) and Undertone in-domain examples; t2s derived from OpenCC (Apache-2.0).', bits: BITS, t2s, heads }) + '\n');
console.log(`wrote ${out}`);
