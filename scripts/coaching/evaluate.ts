/**
 * Prints the coaching engine's quality table on the committed dev set, with
 * VADER and AFINN baselines (English part, each at its best threshold).
 *   npm run eval:coaching [-- --errors]
 */
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { evaluateEngine, loadDevSet, needsDeEscalation, score, type Score } from '@/utils/coaching/fixtures/dev-set';

const pct = (x: number) => x.toFixed(2);
const line = (name: string, s: Score, note = '') => `| ${name} | ${s.n} | ${s.positives} | ${pct(s.precision)} | ${pct(s.recall)} | **${pct(s.f1)}** |${note ? ` ${note}` : ''}`;

/** Best F1 over every threshold on a negativity score (higher = more negative). */
function bestThreshold(values: { gold: boolean; negativity: number }[]): { s: Score; threshold: number } {
  const candidates = [...new Set(values.map((v) => v.negativity))];
  let best = { s: score([]), threshold: 0 };
  best.s.f1 = -1;
  for (const t of candidates) {
    const s = score(values.map((v) => ({ gold: v.gold, predicted: v.negativity >= t })));
    if (s.f1 > best.s.f1) best = { s, threshold: t };
  }
  return best;
}

const items = loadDevSet();
const { rows, errors } = evaluateEngine(items);
console.log('| Task | n | positives | precision | recall | F1 |');
console.log('|---|---|---|---|---|---|');
for (const [name, s] of Object.entries(rows)) console.log(line(`Undertone: ${name}`, s));

const english = items.filter((i) => i.role === 'customer' && i.lang === 'en');
const afinn = new Sentiment();
const vaderBest = bestThreshold(english.map((i) => ({ gold: needsDeEscalation(i.labels), negativity: -vader.SentimentIntensityAnalyzer.polarity_scores(i.text).compound })));
const afinnBest = bestThreshold(english.map((i) => ({ gold: needsDeEscalation(i.labels), negativity: -afinn.analyze(i.text).score })));
console.log(line('VADER: needs de-escalation (en)', vaderBest.s, `(fires when compound ≤ ${pct(-vaderBest.threshold)})`));
console.log(line('AFINN: needs de-escalation (en)', afinnBest.s, `(fires when score ≤ ${-afinnBest.threshold})`));

if (process.argv.includes('--sweep')) {
  console.log('\nThreshold sweep (F1 of the kind; needs de-escalation F1 en / zh-Hans / zh-Hant):');
  for (const kind of ['anger', 'distress', 'confusion'] as const) {
    for (const t of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9]) {
      const r = evaluateEngine(items, { thresholds: { [kind]: t } }).rows;
      const de = ['en', 'zh-Hans', 'zh-Hant'].map((l) => pct(r[`needs de-escalation (${l})`]!.f1)).join(' / ');
      console.log(`  ${kind.padEnd(10)} ${t.toFixed(2)}  F1 ${pct(r[kind]!.f1)}   ${de}`);
    }
  }
}
if (process.argv.includes('--errors')) for (const e of errors) console.log(e);
