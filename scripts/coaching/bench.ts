/**
 * Engine speed vs vader-sentiment, in the same run on the same messages.
 *   npm run bench:coaching
 * Full analysis = every detector, the statistical heads and the coach's
 * suggestions/needs for one 300-character customer message. Also times a
 * 100 KB message and checks the time grows linearly with length.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { createConversationCoach } from '@/utils/coaching';
import { ADVERSARIAL, chineseCustomers, longMessages, messages } from './bench-inputs';
import { report } from '../bench/report';

const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')).timesMs as Record<string, number>;

/** Per-call times in ms, sorted; every input is run twice first so the JIT has settled before timing starts. */
function time(fn: (text: string) => unknown, inputs: readonly string[], rounds: number): number[] {
  for (let w = 0; w < 2; w++) for (const text of inputs) fn(text);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of inputs) {
      const start = process.hrtime.bigint();
      fn(text);
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return samples.sort((a, b) => a - b);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (x: number) => `${x.toFixed(4)} ms`;

const inputs = messages(1000);
const coach = createConversationCoach();
const engine = time((text) => coach.observe({ author: 'customer', text }), inputs, 5);
const vaderTimes = time((text) => vader.SentimentIntensityAnalyzer.polarity_scores(text), inputs, 5);

// Each message at its best of 9 rounds: what the input itself costs, without preemption or GC pauses.
const best = inputs.map(() => Infinity);
for (let r = 0; r < 9; r++) {
  inputs.forEach((text, i) => {
    const start = process.hrtime.bigint();
    coach.observe({ author: 'customer', text });
    best[i] = Math.min(best[i]!, Number(process.hrtime.bigint() - start) / 1e6);
  });
}

const engineMedian = quantile(engine, 0.5);
const engineP99 = quantile(engine, 0.99);
const vaderMedian = quantile(vaderTimes, 0.5);
console.log(`Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(2)} (p99 suffers when other processes compete for the cores)`);
console.log(`${inputs.length} messages × 5 rounds, 300 characters each`);
console.log('| | median | p99 |');
console.log('|---|---|---|');
console.log(`| Undertone full analysis | ${ms(engineMedian)} | ${ms(engineP99)} |`);
console.log(`| vader-sentiment polarity_scores | ${ms(vaderMedian)} | ${ms(quantile(vaderTimes, 0.99))} |`);
console.log(`slowest message at its best of 9 rounds: ${ms(Math.max(...best))} (the p99 tail beyond this is preemption and GC)`);
console.log(`Undertone / VADER median: ${(engineMedian / vaderMedian).toFixed(2)}× (below 1 = faster than VADER)`);
console.log(`budget: median ≤ ${budgets.engineMedian300Chars} ms ${engineMedian <= budgets.engineMedian300Chars! ? 'ok' : 'OVER'}, p99 ≤ ${budgets.engineP99300Chars} ms ${engineP99 <= budgets.engineP99300Chars! ? 'ok' : 'OVER'}`);

const chineseOnly = quantile(time((text) => coach.observe({ author: 'customer', text }), messages(1000, chineseCustomers), 5), 0.5);
console.log(`Chinese-only 300-character messages (简体 and 繁體 lines only): median ${ms(chineseOnly)} ${chineseOnly <= budgets.engineMedian300Chars! ? 'ok' : 'OVER'}`);

const { big, small } = longMessages();
const bigTimes = time((text) => coach.observe({ author: 'customer', text }), [big], 20);
const smallTimes = time((text) => coach.observe({ author: 'customer', text }), [small], 20);
const bigMedian = quantile(bigTimes, 0.5);
console.log(`100 KB message: median ${ms(bigMedian)}, best ${ms(bigTimes[0]!)} (budget < ${budgets.engine100KbMessage} ms ${bigMedian < budgets.engine100KbMessage! ? 'ok' : 'OVER'}); 10 KB: ${ms(quantile(smallTimes, 0.5))}; 100 KB / 10 KB = ${(bigMedian / quantile(smallTimes, 0.5)).toFixed(1)} (linear ≈ 10)`);
for (const [name, text] of Object.entries(ADVERSARIAL)) {
  const times = time((input) => coach.observe({ author: 'customer', text: input }), [text], 10);
  const t = quantile(times, 0.5);
  console.log(`100 KB adversarial (${name}): median ${ms(t)}, best ${ms(times[0]!)} ${t < budgets.engine100KbMessage! ? 'ok' : 'OVER'}`);
}

// For `npm run bench`: the same figures as rows of the one table (see scripts/bench/report.ts).
if (process.env.BENCH_JSON) {
  const afinn = new Sentiment();
  const afinnTimes = time((text) => afinn.analyze(text), inputs, 5);
  const chinese = messages(1000).filter((text) => /[\u4e00-\u9fff]/.test(text));
  report([
    { area: 'Coaching engine', metric: '300-char message, full analysis, median', value: engineMedian, unit: 'ms', budget: budgets.engineMedian300Chars, peer: { name: 'vader-sentiment', value: vaderMedian } },
    { area: 'Coaching engine', metric: '300-char message, median, against AFINN', value: engineMedian, unit: 'ms', budget: budgets.engineMedian300Chars, peer: { name: 'sentiment (AFINN)', value: quantile(afinnTimes, 0.5) } },
    { area: 'Coaching engine', metric: '300-char message, p99', value: engineP99, unit: 'ms', budget: budgets.engineP99300Chars, peer: { name: 'vader-sentiment', value: quantile(vaderTimes, 0.99) } },
    { area: 'Coaching engine', metric: `messages containing Chinese (${chinese.length} of 1000), median`, value: quantile(time((text) => coach.observe({ author: 'customer', text }), chinese, 5), 0.5), unit: 'ms', budget: budgets.engineMedian300Chars },
    { area: 'Coaching engine', metric: 'Chinese-only 300-char message, median', value: chineseOnly, unit: 'ms', budget: budgets.engineMedian300Chars },
    { area: 'Coaching engine', metric: '100 KB message, median', value: bigMedian, unit: 'ms', budget: budgets.engine100KbMessage },
  ]);
}
