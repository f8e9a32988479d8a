/**
 * Import of a 5,000-item team pack (validation, diff and one Dexie transaction),
 * in Node on fake-indexeddb: the figure is the parse, validate and plan cost,
 * not the browser's disk. node scripts/run-ts.mjs scripts/bench/packs.ts
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { UndertoneDb } from '@/utils/db/schema';
import { importPack } from '@/utils/db/pack-importer';
import { budgets, percentile, report } from './report';

const ITEMS = 5_000;
const base = JSON.parse(readFileSync('packs/undertone-essentials-en.json', 'utf8')) as Record<string, unknown>;
delete base.signature;

function pack(version: string): Uint8Array<ArrayBuffer> {
  const snippets = Array.from({ length: ITEMS * 0.8 }, (_, i) => ({ id: `s${i}`, title: `Snippet ${i}`, body: `Thanks for your patience, order ${i} is on its way.`, lang: 'en', tags: ['bench'] }));
  const coaching = Array.from({ length: ITEMS * 0.2 }, (_, i) => ({ id: `c${i}`, state: 'anger', stage: 'acknowledge', lang: 'en', text: `I hear you, and I'm sorry (${i}).` }));
  const text = JSON.stringify({ ...base, id: 'dev.undertone.bench', version, snippets, coaching, needQuestions: [], draftChecks: [], hotlines: [] });
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}

const times: number[] = [];
const updates: number[] = [];
for (let round = 0; round < 5; round++) {
  const db = new UndertoneDb(`bench-packs-${round}`);
  let start = performance.now();
  const first = await importPack(db, pack('1.0.0'));
  times.push(performance.now() - start);
  if (!first.ok) throw new Error(first.errors.join('; '));
  start = performance.now();
  const second = await importPack(db, pack('1.1.0'));
  updates.push(performance.now() - start);
  if (!second.ok) throw new Error(second.errors.join('; '));
  await db.delete();
}
times.sort((a, b) => a - b);
updates.sort((a, b) => a - b);
report([
  { area: 'Packs', metric: `import of a ${ITEMS.toLocaleString('en')}-item pack (Node, fake-indexeddb), median of 5`, value: percentile(times, 50), unit: 'ms', budget: budgets.timesMs.importPack5kItems },
  { area: 'Packs', metric: `update of the same pack to a new version (diff + merge), median of 5`, value: percentile(updates, 50), unit: 'ms', budget: budgets.timesMs.importPack5kItems },
]);
