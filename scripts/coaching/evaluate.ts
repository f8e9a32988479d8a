/**
 * Prints the coaching engine's quality: the frozen blind test split (figures
 * only), the calibration split, the old dev set as a regression check, and real
 * Reddit comments (GoEmotions test split), each beside VADER and AFINN at their
 * best thresholds in the same run.
 *   npm run eval:coaching [-- --errors calibration|train|dev]
 *   npm run eval:coaching -- --tune   (calibration split and GoEmotions dev only, one line per row: for choosing settings)
 * The test split's errors are never printed: reading them would tune the engine to its judge.
 */
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { loadSplit, needsDeEscalation } from './corpus';
import { bestThreshold, engineOnGoEmotions, evaluateLines, loadDevSet, loadGoEmotions, plainCheckIns, type LabelledLine, type Score } from './evaluation';

const pct = (x: number) => x.toFixed(2);
const line = (name: string, s: Score, note = '') => `| ${name} | ${s.n} | ${s.positives} | ${pct(s.precision)} | ${pct(s.recall)} | **${pct(s.f1)}** |${note ? ` ${note} |` : ''}`;
const header = () => console.log('| Task | n | positives | precision | recall | F1 |\n|---|---|---|---|---|---|');
const afinn = new Sentiment();
const vaderNegativity = (text: string) => -vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;

function baselines(items: readonly { text: string; gold: boolean }[], task: string): void {
  const v = bestThreshold(items.map((i) => ({ gold: i.gold, negativity: vaderNegativity(i.text) })));
  const a = bestThreshold(items.map((i) => ({ gold: i.gold, negativity: -afinn.analyze(i.text).score })));
  console.log(line(`VADER: ${task}`, v.s, `(fires when compound ≤ ${pct(-v.threshold)})`));
  console.log(line(`AFINN: ${task}`, a.s, `(fires when score ≤ ${-a.threshold})`));
}

function table(title: string, lines: readonly LabelledLine[]): ReturnType<typeof evaluateLines> {
  console.log(`\n### ${title}\n`);
  header();
  const result = evaluateLines(lines);
  for (const [name, s] of Object.entries(result.rows)) console.log(line(`Undertone: ${name}`, s));
  const english = lines.filter((l) => l.role === 'customer' && l.lang === 'en').map((l) => ({ text: l.text, gold: needsDeEscalation(l.labels) }));
  if (english.length) baselines(english, 'needs de-escalation (en)');
  const plain = plainCheckIns(lines);
  console.log(`\nPlain customer lines (no label at all) that raise a crisis check-in: ${plain.checkIns} of ${plain.lines} (${((100 * plain.checkIns) / Math.max(1, plain.lines)).toFixed(1)}%)`);
  return result;
}

const errorsOf = process.argv.includes('--errors') ? process.argv[process.argv.indexOf('--errors') + 1] : undefined;
if (errorsOf === 'test') {
  console.error('The blind test split only reports figures: tune on the calibration split (--errors calibration).');
  process.exit(2);
}

if (process.argv.includes('--tune')) {
  const { rows } = evaluateLines(loadSplit('calibration'));
  for (const [name, s] of Object.entries(rows)) console.log(`${name.padEnd(34)} P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}`);
  const dev = engineOnGoEmotions(loadGoEmotions('dev'));
  console.log(`${'GoEmotions dev: needs attention'.padEnd(34)} P ${pct(dev.precision)} R ${pct(dev.recall)} F1 ${pct(dev.f1)}`);
  process.exit(0);
}

const results = {
  test: table('Blind test split (data/corpus/test)', loadSplit('test')),
  calibration: table('Calibration split (data/corpus/calibration)', loadSplit('calibration')),
  train: errorsOf === 'train' ? evaluateLines(loadSplit('train')) : undefined,
  dev: table('Old dev set (data/dev-set.tsv), a regression check', loadDevSet()),
};

console.log('\n### Real text: GoEmotions test split, "needs attention" (anger or distress groups)\n');
header();
const go = loadGoEmotions('test');
console.log(line('Undertone: needs attention', engineOnGoEmotions(go)));
baselines(go, 'needs attention');

if (errorsOf) for (const e of (results[errorsOf as keyof typeof results] ?? evaluateLines([])).errors) console.log(e);
