/**
 * Prints the promise, due-time and thanks detectors' precision and recall per
 * language: on the blind test set (data/people/test/, written by someone who
 * never saw the detectors) when it is present, and on the development set
 * (data/people/dev/, which the detectors are tuned on, so optimistic).
 *   npm run eval:people [-- --errors dev]
 * The test set's mistakes are never printed: reading them would tune the detectors to their judge.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, parseLines, type Score } from './score';

const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'];
const pct = (x: number) => x.toFixed(2);
const row = (lang: string, task: string, s: Score) => `| ${lang} | ${task} | ${s.n} | ${s.positives} | ${s.falsePositives} | ${pct(s.precision)} | ${pct(s.recall)} |`;

function report(title: string, dir: string, showErrors: boolean): boolean {
  if (!existsSync(dir) || !readdirSync(dir).some((f) => f.endsWith('.jsonl'))) return false;
  console.log(`\n### ${title}\n\n| lang | task | n | positives | false positives | precision | recall |\n|---|---|---|---|---|---|---|`);
  for (const lang of LANGUAGES) {
    const file = join(dir, `${lang}.jsonl`);
    if (!existsSync(file)) {
      console.log(`| ${lang} | (no ${file}) | | | | | |`);
      continue;
    }
    const result = evaluate(parseLines(readFileSync(file, 'utf8'), file));
    console.log(row(lang, 'promise', result.promise));
    console.log(row(lang, 'due words (of promises found)', result.due));
    console.log(row(lang, 'thanks', result.thanks));
    if (showErrors) for (const m of result.mistakes) console.error(`  ${m.id} [${m.task}] expected ${m.expected}, got ${m.got}: ${m.text}`);
  }
  return true;
}

const errorsOf = process.argv.includes('--errors') ? process.argv[process.argv.indexOf('--errors') + 1] : undefined;
if (errorsOf === 'test') {
  console.error('The blind test set only reports figures: look at the development set instead (--errors dev).');
  process.exit(2);
}
const blind = report('Blind test set (data/people/test)', 'data/people/test', false);
if (!blind) console.log('\nNo blind test set in data/people/test yet.');
report('Development set (data/people/dev: the detectors are tuned on it, optimistic)', 'data/people/dev', errorsOf === 'dev');
