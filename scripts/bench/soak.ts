/**
 * Memory over a simulated shift, for `npm run bench`: runs the soak test
 * (e2e/soak.spec.ts) with 10,000 messages across 200 conversations and reports
 * the JS heap of the console page (where the content script runs), the sidebar
 * and the service worker after the first 500 messages and at the end, and for
 * the page and the sidebar the part of it that is kept data rather than V8's
 * compiled code (which grows for a while as more of the program is optimised).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { report, type Row } from './report';

const out = join(mkdtempSync(join(tmpdir(), 'undertone-soak-')), 'soak.json');
try {
  execFileSync('npx', ['playwright', 'test', 'e2e/soak.spec.ts', '--reporter=dot', '--output', join(tmpdir(), 'undertone-soak-results')], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SOAK_MESSAGES: process.env.SOAK_MESSAGES ?? '10000', SOAK_RESULT: out },
  });
} catch {
  // The soak's own assertions failed; its measurements (written before them) still go in the table, against their budgets.
  if (!existsSync(out)) throw new Error('The soak run failed before it measured anything: run npm run soak to see why');
}
const result = JSON.parse(readFileSync(out, 'utf8')) as {
  messages: number;
  conversations: number;
  baseline: Record<'page' | 'sidebar' | 'worker', number>;
  end: Record<'page' | 'sidebar' | 'worker', number>;
  composition: Record<'baseline' | 'end', Record<'page' | 'sidebar', { code: number; data: number }>>;
};
const names = { page: 'console page (content script world)', sidebar: 'sidebar', worker: 'service worker' } as const;
const rows: Row[] = [];
for (const key of ['page', 'sidebar', 'worker'] as const) {
  rows.push({ area: 'Memory (JS heap)', metric: `${names[key]} after 500 messages`, value: result.baseline[key] / 2 ** 20, unit: 'MB' });
  rows.push({
    area: 'Memory (JS heap)',
    metric: `${names[key]} after ${result.messages.toLocaleString('en')} messages / ${result.conversations} conversations`,
    value: result.end[key] / 2 ** 20,
    unit: 'MB',
    budget: (result.baseline[key] * 1.1) / 2 ** 20,
  });
}
for (const key of ['page', 'sidebar'] as const) {
  const { baseline, end } = result.composition;
  rows.push({ area: 'Memory (JS heap)', metric: `${names[key]}: kept data (heap without compiled code) after 500 messages`, value: baseline[key].data / 2 ** 20, unit: 'MB' });
  rows.push({
    area: 'Memory (JS heap)',
    metric: `${names[key]}: kept data after ${result.messages.toLocaleString('en')} messages`,
    value: end[key].data / 2 ** 20,
    unit: 'MB',
    budget: (baseline[key].data * 1.1) / 2 ** 20,
  });
}
report(rows);
