/**
 * npm run bench: every figure Undertone promises, measured in one run on this
 * machine, each beside its budget (budgets.json) and, where a peer exists, as
 * a ratio to it. Sub-benchmarks run one after another (they would skew each
 * other in parallel) and hand back rows through a JSON file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureBundles } from '../bundle-sizes.mjs';
import { machine, table, type Row } from './report';

const benches: [string, string[], Record<string, string>?][] = [
  ['coaching engine', ['scripts/run-ts.mjs', 'scripts/coaching/bench.ts']],
  ['snippet search and import', ['scripts/run-ts.mjs', 'scripts/bench/snippets.ts']],
  ['console adapters', ['scripts/run-ts.mjs', 'scripts/bench/adapters.ts']],
  ['pack import', ['scripts/run-ts.mjs', 'scripts/bench/packs.ts']],
  ['sidebar', ['scripts/run-ts.mjs', 'scripts/bench/sidebar.ts']],
  ['soak memory', ['scripts/run-ts.mjs', 'scripts/bench/soak.ts']],
];

const dir = mkdtempSync(join(tmpdir(), 'undertone-bench-'));
const rows: Row[] = [];
const missing: string[] = [];
for (const [name, args] of benches) {
  if (!existsSync(args[1]!)) {
    missing.push(`${name} (${args[1]} is missing)`);
    continue;
  }
  const out = join(dir, `${name.replace(/\W+/g, '-')}.json`);
  process.stderr.write(`measuring ${name}…\n`);
  try {
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BENCH_JSON: out } });
    rows.push(...(JSON.parse(readFileSync(out, 'utf8')) as Row[]));
  } catch (error) {
    missing.push(`${name} (failed: ${(error as Error).message.split('\n')[0]})`);
  }
}
for (const bundle of measureBundles()) {
  rows.push({ area: 'Bundle (gzip)', metric: bundle.name, value: bundle.kb, unit: 'KB', budget: bundle.budget });
}

console.log(`Undertone benchmark, ${new Date().toISOString().slice(0, 10)}, ${machine()}\n`);
console.log(table(rows));
if (missing.length) console.log(`\nNot measured: ${missing.join('; ')}`);
