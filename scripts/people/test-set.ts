/**
 * The blind test set for the promise and thanks detectors, from its two
 * labellings: the writer's and a blind second annotator's (neither saw the
 * detectors). Prints Cohen's kappa per label and language; where the two
 * disagree, the adjudicated decision stands, and a disagreement without one
 * is an error.
 *   node scripts/run-ts.mjs scripts/people/test-set.ts [--write]
 * --write writes data/people/test/<lang>.jsonl and data/people/AGREEMENT.md.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kappa } from '../kappa';

const DIR = 'data/people';
const LANGS = ['en', 'zh-Hans', 'zh-Hant'] as const;

interface Line {
  id: string;
  lang: string;
  role: 'agent' | 'customer';
  text: string;
  promise?: boolean;
  due?: string | null;
  thanks?: boolean;
}
type Labels = Pick<Line, 'promise' | 'due' | 'thanks'>;

const readLines = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

const files = readdirSync(join(DIR, 'annotations', 'writer')).filter((f) => f.endsWith('.jsonl'));
const decisions = new Map(readLines<Labels & { id: string }>(join(DIR, 'annotations', 'adjudicated', 'decisions.jsonl')).map((d) => [d.id, d]));

const agree = (a: Labels, b: Labels) => a.promise === b.promise && a.thanks === b.thanks && (a.due ?? null) === (b.due ?? null);
const rows = ['| Label | Language | Lines | κ | Positives (writer / second) | Due times identical where both saw a promise |', '|---|---|---|---|---|---|'];
const test = new Map<string, Line[]>(LANGS.map((lang) => [lang, []]));
let disagreements = 0;
for (const file of files) {
  const writer = readLines<Line>(join(DIR, 'annotations', 'writer', file));
  const second = new Map(readLines<Labels & { id: string }>(join(DIR, 'annotations', 'second', file)).map((l) => [l.id, l]));
  const label = file.startsWith('agent') ? 'promise' : 'thanks';
  const pairs = writer.map((line) => {
    const other = second.get(line.id);
    if (!other) throw new Error(`${file}: ${line.id} has no second label`);
    return [line[label] === true, other[label] === true] as [boolean, boolean];
  });
  const both = writer.filter((line) => line.promise && second.get(line.id)!.promise);
  const dueSame = both.filter((line) => (line.due ?? null) === (second.get(line.id)!.due ?? null)).length;
  rows.push(`| ${label} | ${writer[0]!.lang} | ${pairs.length} | ${kappa(pairs).toFixed(2)} | ${pairs.filter((p) => p[0]).length} / ${pairs.filter((p) => p[1]).length} | ${label === 'promise' ? `${dueSame} of ${both.length}` : '–'} |`);
  for (const line of writer) {
    const other = second.get(line.id)!;
    let labels: Labels = line;
    if (!agree(line, other)) {
      disagreements++;
      const decided = decisions.get(line.id);
      if (!decided) throw new Error(`${line.id}: the annotators disagree and there is no adjudicated decision`);
      labels = decided;
    }
    const { id, lang, role, text } = line;
    test.get(lang)!.push(label === 'promise' ? { id, lang, role, text, promise: labels.promise === true, due: labels.promise ? (labels.due ?? null) : null } : { id, lang, role, text, thanks: labels.thanks === true });
  }
}
const report = rows.join('\n');
console.log(report);
console.log(`${disagreements} lines disagreed and were adjudicated`);
if (process.argv.includes('--write')) {
  mkdirSync(join(DIR, 'test'), { recursive: true });
  for (const [lang, lines] of test) writeFileSync(join(DIR, 'test', `${lang}.jsonl`), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  writeFileSync(
    join(DIR, 'AGREEMENT.md'),
    `# Annotator agreement: promises and thanks\n\nThe blind test set's lines were written and labelled by one writer (WRITER_BRIEF.md) and labelled again, blind, by a second annotator (ANNOTATOR_BRIEF.md); neither saw the detectors or each other's labels. Produced by \`node scripts/run-ts.mjs scripts/people/test-set.ts --write\`. The ${disagreements} lines where they disagreed (a label or a due time) were adjudicated one by one, with the reason, in \`annotations/adjudicated/decisions.jsonl\`.\n\n${report}\n\nThe agreement is high partly because the writer wrote mostly clear-cut lines; the hard cases are the ones adjudicated.\n`,
  );
}
