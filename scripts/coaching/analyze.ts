/**
 * Analyze CLI, for team leads trying their packs and for evaluation.
 *   npm run analyze -- FILE.jsonl [--phrasings PHRASINGS.json]
 *   cat FILE.jsonl | npm run analyze
 * Input lines: {"id": "...", "text": "...", "role": "customer" | "agent"}.
 * Output: one JSON line per input line, {"id", "lang", "signals", "suggestions"},
 * or {"line", "id"?, "error"} for a bad line; the run carries on either way.
 * --phrasings: a JSON array of {"state", "stage", "lang", "text"} offered before the built-in phrasings.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeLine } from '@/utils/coaching/jsonl';
import { CUSTOMER_KINDS, type Phrasing } from '@/utils/coaching/types';

function loadPhrasings(path: string): Phrasing[] {
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${path}: expected a JSON array of phrasings`);
  return data.map((p: Record<string, unknown>, i) => {
    const ok =
      typeof p?.text === 'string' &&
      (CUSTOMER_KINDS as readonly unknown[]).includes(p.state) &&
      (p.stage === 'acknowledge' || p.stage === 'solve') &&
      (p.lang === 'en' || p.lang === 'zh-Hans' || p.lang === 'zh-Hant');
    if (!ok) throw new Error(`${path}: item ${i} needs "state" (a customer kind), "stage" (acknowledge|solve), "lang" (en|zh-Hans|zh-Hant) and "text"`);
    return p as unknown as Phrasing;
  });
}

const args = process.argv.slice(2);
const phrasingsAt = args.indexOf('--phrasings');
let phrasings: Phrasing[] = [];
if (phrasingsAt >= 0) {
  const path = args.splice(phrasingsAt, 2)[1];
  if (!path) {
    console.error('--phrasings needs a file path');
    process.exit(2);
  }
  try {
    phrasings = loadPhrasings(path);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
const file = args[0];
const input = file && file !== '-' ? createReadStream(file, 'utf8') : process.stdin;
input.on('error', (error: Error) => {
  console.error(`cannot read ${file}: ${error.message}`);
  process.exit(2);
});
let lineNumber = 0;
let bad = 0;
for await (const line of createInterface({ input, crlfDelay: Infinity })) {
  lineNumber++;
  if (!line.trim()) continue;
  const result = analyzeLine(line, lineNumber, phrasings);
  if ('error' in result) bad++;
  process.stdout.write(JSON.stringify(result) + '\n');
}
if (bad) console.error(`${bad} of ${lineNumber} lines could not be analysed (see the error lines)`);
