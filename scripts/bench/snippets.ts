// Snippet search and import benchmark: node scripts/run-ts.mjs scripts/bench/snippets.ts
// Search runs on the in-memory index exactly as the sidebar does. Import runs
// on fake-indexeddb in Node (a stand-in for Chromium's IndexedDB: the figure
// shows the parse, validation and planning cost, not the browser's disk).
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { parseBackup, serialiseBackup } from '@/utils/backup/format';
import { applyImport, exportLibrary } from '@/utils/backup/library';
import { memoryStore } from '@/utils/backup/memory-store';
import { UndertoneDb, type Note, type Snippet } from '@/utils/db/schema';
import { createSnippetIndex } from '@/utils/snippets/search';
import { budgets, report } from './report';

const SNIPPETS = 10_000;
const NOTES = 5_000;
const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 23);

// A deterministic generator, so runs compare.
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

// Word frequencies follow Zipf's law, as in real text: a few words are everywhere, most are rare.
const zipf = <T>(list: readonly T[]): T => list[Math.min(list.length - 1, Math.floor(list.length ** random()) - 1)]!;
const common = 'thanks sorry please order refund delay shipping parcel apology account password invoice replacement warranty manager callback discount subscription cancel escalate understand frustrating patience update tracking today team check help issue'.split(' ');
const syllables = 'ba be bi bo bu ca ce ci co da de di do fa fe fi ga ge go ha he hi ka ke ki ko la le li lo ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi wa we ya yo za ze'.split(' ');
const en = [...common, ...Array.from({ length: 3000 }, () => `${pick(syllables)}${pick(syllables)}${pick(syllables)}${random() < 0.5 ? pick(syllables) : ''}`)];
const hanzi = '退款订单延迟物流包裹抱歉账户密码发票换货保修经理回电折扣订阅取消升级理解耐心感谢查询处理帐户请您我们已经正在为客服问题时间地址电话邮件服务质量产品价格系统更新信息申请提交确认'.split('');
const zh = Array.from({ length: 800 }, () => `${pick(hanzi)}${pick(hanzi)}`);
const sentence = (words: readonly string[], n: number, joiner: string) => Array.from({ length: n }, () => zipf(words)).join(joiner);

const snippets: Snippet[] = Array.from({ length: SNIPPETS }, (_, i) => {
  const chinese = i % 3 === 0;
  return {
    id: `s${i}`,
    title: chinese ? sentence(zh, 3, '') : sentence(en, 3, ' '),
    body: chinese ? `您好 {{customer.name}}，${sentence(zh, 30, '')}。` : `Hi {{customer.name}}, ${sentence(en, 40, ' ')}.`,
    tags: [pick(en), pick(zh)],
    lang: chinese ? 'zh-Hans' : 'en',
    states: [],
    ...(i % 4 === 0 ? { shortcut: `s${i}` } : {}),
    source: 'personal',
    createdAt: now - 400 * DAY,
    updatedAt: now - Math.floor(random() * 300) * DAY,
    usedCount: Math.floor(random() * 50),
    lastUsedAt: now - Math.floor(random() * 60) * DAY,
  };
});
const notes: Note[] = Array.from({ length: NOTES }, (_, i) => ({
  id: `n${i}`, conversationKey: `demo:c-${i % 700}`, text: sentence(i % 2 ? en : zh, 20, i % 2 ? ' ' : ''), createdAt: now, updatedAt: now,
}));

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (value: number) => `${value.toFixed(2)} ms`;

// Search: every prefix of each query is one keystroke.
let start = performance.now();
const index = createSnippetIndex(snippets, now);
const buildMs = performance.now() - start;
const queries = ['refund delay', 'apolgy', 'shiping parcel', '退款', '申请退款', '物流延迟', 'warranty replacement', 's400', 'tracking update sorry', 'please check', 'password'];
// Wall time is what the agent feels; CPU time is the same work without waiting for a busy machine's other processes.
const timings: number[] = [];
const cpuTimings: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      const cpu = process.cpuUsage();
      start = performance.now();
      index.search(query.slice(0, length));
      timings.push(performance.now() - start);
      const used = process.cpuUsage(cpu);
      cpuTimings.push((used.user + used.system) / 1000);
    }
  }
}
timings.sort((a, b) => a - b);
cpuTimings.sort((a, b) => a - b);
console.log(`search over ${SNIPPETS.toLocaleString('en')} snippets: index build ${ms(buildMs)}; per keystroke p50 ${ms(percentile(timings, 50))}, p95 ${ms(percentile(timings, 95))}, max ${ms(timings.at(-1)!)} (${timings.length} keystrokes)`);
console.log(`  CPU time per keystroke: p50 ${ms(percentile(cpuTimings, 50))}, p95 ${ms(percentile(cpuTimings, 95))}`);

// Import: a backup file of 10,000 snippets and 5,000 notes into an empty library.
const source = new UndertoneDb('bench-source');
await source.snippets.bulkAdd(snippets);
await source.notes.bulkAdd(notes);
const text = serialiseBackup(await exportLibrary(source, memoryStore(), now));
const target = new UndertoneDb('bench-target');
start = performance.now();
const backup = parseBackup(text);
const parseMs = performance.now() - start;
await applyImport(target, memoryStore(), backup, 'replace');
const totalMs = performance.now() - start;
console.log(`import of ${SNIPPETS.toLocaleString('en')} snippets + ${NOTES.toLocaleString('en')} notes (${(text.length / 1e6).toFixed(1)} MB, fake-indexeddb in Node): ${ms(totalMs)} (parse + validate ${ms(parseMs)})`);
if ((await target.snippets.count()) !== SNIPPETS) throw new Error('import lost snippets');
await source.delete();
await target.delete();

// For `npm run bench`: the same figures as rows of the one table (scripts/bench/report.ts).
if (process.env.BENCH_JSON) {
  report([
    { area: 'Snippets', metric: `search over ${SNIPPETS.toLocaleString('en')} snippets, per keystroke p50`, value: percentile(timings, 50), unit: 'ms' },
    { area: 'Snippets', metric: 'search per keystroke p95', value: percentile(timings, 95), unit: 'ms', budget: budgets.timesMs.snippetSearchP95 },
    { area: 'Snippets', metric: `import of a ${SNIPPETS.toLocaleString('en')}-snippet + ${NOTES.toLocaleString('en')}-note backup (Node, fake-indexeddb)`, value: totalMs, unit: 'ms', budget: budgets.timesMs.import10kSnippets },
  ]);
}
