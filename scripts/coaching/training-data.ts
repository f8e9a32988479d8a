/**
 * The training examples: the corpus's train split (in domain, weighted up), the
 * old in-domain examples, GoEmotions train and XED. A source labels only the
 * heads it knows about; the others are left unknown (-1) for its lines.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findDraftRules } from '@/utils/coaching/draft-features';
import { forEachFeature, namedBucket, type Lexicon } from '@/utils/coaching/features';
import { findRules } from '@/utils/coaching/message-features';
import { createSentenceBreaks } from '@/utils/coaching/model';
import { createNormaliser } from '@/utils/coaching/text';
import { CUSTOMER_KINDS } from '@/utils/coaching/types';
import { needsDeEscalation, trainingLines } from './corpus';
import type { TrainingExample } from './logistic';

/** `attention` is "needs de-escalation" as a whole (anger, distress, churn threat or crisis), which the union of four thresholds models poorly. */
export const HEADS = ['anger', 'distress', 'confusion', 'urgency', 'repeat_contact', 'churn_threat', 'crisis', 'attention', 'escalating'] as const;
export type Head = (typeof HEADS)[number];
export type Normaliser = ReturnType<typeof createNormaliser>;

/** The normalised text and named features of a line, exactly as the engine computes them. */
export function featuresOf(text: string, role: 'customer' | 'agent', normaliser: Normaliser) {
  const norm = normaliser.normalise(text);
  const scripts = normaliser.profile(text);
  if (role === 'agent') return { norm, named: findDraftRules(norm, scripts.lang, scripts).named, lang: scripts.lang, clearCrisis: [] };
  const rules = findRules(text, norm, scripts.lang, scripts);
  return { norm, named: rules.named, lang: scripts.lang, clearCrisis: rules.crisis.filter((c) => c.tier === 'crisis').map((c) => c.span) };
}

function example(text: string, role: 'customer' | 'agent', labels: Partial<Record<Head, boolean>>, weight: number, normaliser: Normaliser, lexicon: Lexicon, bits: number): TrainingExample {
  const { norm, named } = featuresOf(text, role, normaliser);
  const buckets: number[] = [];
  const sentences: number[] = [];
  const breaks = createSentenceBreaks();
  breaks.reset(norm);
  forEachFeature(
    norm,
    bits,
    (b, _start, end) => {
      if (breaks.startsAt(end)) sentences.push(buckets.length);
      buckets.push(b);
    },
    lexicon,
  );
  sentences.push(buckets.length);
  for (const name of named) buckets.push(namedBucket(name, bits));
  const targets = Int8Array.from(HEADS, (h) => (labels[h] === undefined ? -1 : labels[h] ? 1 : 0));
  return { buckets: Uint32Array.from(buckets), sentences: Uint32Array.from(sentences), named: named.length, targets, weight };
}

const GO_GROUPS = {
  anger: ['anger', 'annoyance', 'disapproval'],
  distress: ['sadness', 'grief', 'fear', 'nervousness', 'disappointment', 'remorse'],
  confusion: ['confusion'],
};
/** XED: 1 anger, 3 disgust, 4 fear, 6 sadness. */
const XED_GROUPS = { anger: [1, 3], distress: [4, 6] };
const XED_WEIGHT = 0.5;
/**
 * GoEmotions comments weigh two units each. More weight reads real people's writing better and chat lines
 * worse, through the whole-message head and the lexicon bins both languages share (calibration split, English
 * needs-de-escalation F1 / GoEmotions dev F1: 0.863 / 0.56 at one, 0.851 / 0.58 at two, 0.842 / 0.59 at three).
 * They label no crisis: Reddit comments have no service words, so as crisis negatives they taught the crisis
 * head that "my order" or "policy" is a sign of danger, and ordinary requests scored as risky.
 */
const GO_WEIGHT = 2;

export function loadTrainingExamples(dataDir: string, normaliser: Normaliser, lexicon: Lexicon, bits: number, inDomainWeight: number): TrainingExample[] {
  const out: TrainingExample[] = [];
  const add = (text: string, role: 'customer' | 'agent', labels: Partial<Record<Head, boolean>>, weight: number) => {
    if (text.trim()) out.push(example(text, role, labels, weight, normaliser, lexicon, bits));
  };

  for (const line of trainingLines()) {
    if (line.role === 'agent') add(line.text, 'agent', { escalating: line.labels.has('escalating') }, inDomainWeight);
    else {
      const labels: Partial<Record<Head, boolean>> = Object.fromEntries(CUSTOMER_KINDS.map((k) => [k, line.labels.has(k)]));
      labels.attention = needsDeEscalation(line.labels);
      add(line.text, 'customer', labels, inDomainWeight);
    }
  }

  for (const row of readFileSync(resolve('scripts/coaching/data/in-domain.tsv'), 'utf8').split('\n')) {
    if (!row || row.startsWith('#')) continue;
    const [labels = '', text = ''] = row.split('\t');
    const set = new Set(labels.split(','));
    add(text, 'customer', { anger: set.has('anger'), distress: set.has('distress'), confusion: set.has('confusion'), attention: set.has('anger') || set.has('distress') }, inDomainWeight / 2);
  }

  const names = readFileSync(join(dataDir, 'goemotions/labels.txt'), 'utf8').trim().split('\n');
  for (const row of readFileSync(join(dataDir, 'goemotions/train.tsv'), 'utf8').split('\n')) {
    if (!row) continue;
    const [text = '', ids = ''] = row.split('\t');
    const emotions = new Set(ids.split(',').map((id) => names[Number(id)]));
    const has = (group: string[]) => group.some((e) => emotions.has(e));
    add(text, 'customer', { anger: has(GO_GROUPS.anger), distress: has(GO_GROUPS.distress), confusion: has(GO_GROUPS.confusion), attention: has(GO_GROUPS.anger) || has(GO_GROUPS.distress) }, GO_WEIGHT);
  }

  for (const [file, textFirst] of [['en-annotated.tsv', true], ['cn-projections.tsv', true], ['zh-projections.tsv', true], ['tw-projections.tsv', true], ['neu_en.txt', false]] as const) {
    const rows = readFileSync(join(dataDir, 'xed', file), 'utf8').split('\n').filter(Boolean);
    for (const row of file === 'neu_en.txt' ? rows.slice(0, 5000) : rows) {
      const cols = row.split('\t');
      const [text = '', ids = ''] = textFirst ? cols : [cols[1], cols[0]];
      const emotions = new Set(ids.split(',').map((id) => Number(id.trim())));
      const anger = XED_GROUPS.anger.some((e) => emotions.has(e));
      const distress = XED_GROUPS.distress.some((e) => emotions.has(e));
      add(text, 'customer', { anger, distress, attention: anger || distress }, XED_WEIGHT);
    }
  }
  return out;
}
