/**
 * The inputs the speed benchmark times, shared with the output fingerprint so
 * that every message the benchmark measures is also one whose output is checked.
 */
import { loadSplit } from './corpus';

const customers = loadSplit('train').filter((i) => i.role === 'customer');
/** Chinese packs more per character than English, so a Chinese-only message of the same length carries more to match and score. */
export const chineseCustomers = customers.filter((i) => i.lang !== 'en');

/** Deterministic 300-character messages stitched from the corpus's training lines (mixed languages, as in real chats, unless another pool is given). */
export function messages(count: number, pool: readonly { text: string }[] = customers): string[] {
  const out: string[] = [];
  let k = 0;
  for (let i = 0; i < count; i++) {
    let text = '';
    while (text.length < 300) text += pool[(k++ * 7919) % pool.length]!.text + ' ';
    out.push(text.slice(0, 300));
  }
  return out;
}

/** A 100 KB message of stitched lines, and its first 10 KB, for the linearity check. */
export function longMessages(): { big: string; small: string } {
  const big = messages(400).join(' ').slice(0, 100_000);
  return { big, small: big.slice(0, 10_000) };
}

/** Adversarial 100 KB inputs: long runs that regexes with unbounded or nested repetition would choke on. */
export const ADVERSARIAL: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    'shouting words': 'AB '.repeat(33_334) + 'Ab',
    'one capital run': 'A'.repeat(100_000),
    punctuation: '!?'.repeat(50_000),
    'repeated 又': '又'.repeat(100_000),
    'repeated 已经': '已经'.repeat(50_000),
    '"nobody would "': 'nobody would '.repeat(7_700),
    '"what does "': 'what does '.repeat(10_000),
  }).map(([name, text]) => [name, text.slice(0, 100_000)]),
);
