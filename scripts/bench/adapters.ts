/**
 * What reading a console costs the page's main thread, measured in the real
 * browser with the built extension (npx wxt build, node scripts/build-fixtures.mjs first):
 * a Zendesk fixture holding 5,000 messages, with unrelated DOM churn inside
 * and outside the message list. The V8 sampling profiler (0.1 ms) attributes
 * every sample whose stack passes through Undertone's content script to it.
 *   node scripts/run-ts.mjs scripts/bench/adapters.ts
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';
import { attachProbe, latestState, serveConsoleAt } from '../../e2e/adapters/helpers';
import { launchUndertone } from '../../e2e/fixtures';
import { budgets, report } from './report';

const HISTORY = 5_000;
const NEW_MESSAGES = 200;
const SCRIPT = '/content-scripts/console.js';

interface Profile {
  nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Extension time in a profile: total, and the longest unbroken run (a lower bound on its longest task). */
function extensionTime(profile: Profile): { totalMs: number; longestMs: number } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    if (ours.has(id)) return ours.get(id)!;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const result = node.callFrame.url.includes(SCRIPT) || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let total = 0;
  let run = 0;
  let longest = 0;
  const selfTime = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (isOurs(id)) {
      const frame = byId.get(id)!.callFrame;
      const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}:${frame.columnNumber}`;
      selfTime.set(name, (selfTime.get(name) ?? 0) + delta);
      total += delta;
      run += delta;
      longest = Math.max(longest, run);
    } else run = 0;
  });
  // BENCH_DETAIL=1 lists where the time went (self time per function, content-script stacks only).
  if (process.env.BENCH_DETAIL) for (const [name, ms] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  return { totalMs: total, longestMs: longest };
}

async function profiled<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; totalMs: number; longestMs: number }> {
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return { result, ...extensionTime(profile) };
}

const context = await launchUndertone(mkdtempSync(join(tmpdir(), 'undertone-bench-adapters-')));
try {
  await serveConsoleAt(context, 'https://bench.zendesk.com', 'zendesk');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.evaluate(() => {
    // Long tasks of the page as a whole (the host's own work included), for context.
    const w = window as unknown as { longTasks?: number[] };
    w.longTasks = [];
  });

  const attach = await profiled(cdp, async () => {
    await page.goto(`https://bench.zendesk.com/agent/tickets/1?history=${HISTORY}`);
    const probe = await attachProbe(page);
    for (let i = 0; i < 200 && (await latestState(probe))?.history === undefined; i++) await page.waitForTimeout(25);
    return probe;
  });
  const probe = attach.result;
  const state = await latestState(probe);

  const stream = await profiled(cdp, async () => {
    await page.evaluate(
      ([count]) =>
        new Promise<void>((done) => {
          const list = document.querySelector('[data-fixture-list]')!;
          const panel = document.body.appendChild(document.createElement('div'));
          const rows = [...list.children];
          let tick = 0;
          // Unrelated churn: a ticker outside the list, and "seen" timestamps rewritten inside old messages.
          const churn = setInterval(() => {
            panel.replaceChildren(...Array.from({ length: 50 }, (_, i) => Object.assign(document.createElement('span'), { textContent: `${tick}:${i}` })));
            for (let i = 0; i < 20; i++) {
              const row = rows[(tick * 20 + i) % rows.length]!;
              (row.querySelector('time') ?? row.appendChild(document.createElement('time'))).textContent = `seen ${tick}`;
            }
            tick++;
          }, 16);
          let sent = 0;
          const fixture = (window as unknown as { __fixture: { add(a: string, t: string): void } }).__fixture;
          const feed = setInterval(() => {
            fixture.add(sent % 3 === 0 ? 'agent' : 'customer', `New message ${++sent}`);
            if (sent >= count!) {
              clearInterval(feed);
              setTimeout(() => {
                clearInterval(churn);
                done();
              }, 500);
            }
          }, 50);
        }),
      [NEW_MESSAGES],
    );
    for (let i = 0; i < 200 && (await probe.messages()).length < NEW_MESSAGES; i++) await page.waitForTimeout(25);
  });
  const received = (await probe.messages()).length;

  const figures: [string, string][] = [
    ['messages on screen when attaching', `${state?.history.length ?? 0} kept as history (of ${HISTORY + 3})`],
    ['attach: extension main-thread time', `${attach.totalMs.toFixed(1)} ms (budget < 50 ms)`],
    ['new messages read', `${received} of ${NEW_MESSAGES} (one event each)`],
    ['per new message, with churn', `${(stream.totalMs / NEW_MESSAGES).toFixed(3)} ms (budget < 1 ms)`],
    ['longest unbroken extension run', `${Math.max(attach.longestMs, stream.longestMs).toFixed(1)} ms (budget: no task > 50 ms)`],
  ];
  console.log(`Undertone console reader, ${HISTORY.toLocaleString('en')} messages + DOM churn (Chromium, V8 sampling profiler at 0.1 ms)`);
  for (const [name, value] of figures) console.log(`  ${name.padEnd(38)} ${value}`);
  // For `npm run bench`: the same figures as rows of the one table (scripts/bench/report.ts).
  if (process.env.BENCH_JSON) {
    report([
      { area: 'Console reader', metric: `attach to a console holding ${HISTORY.toLocaleString('en')} messages, main-thread time`, value: attach.totalMs, unit: 'ms', budget: budgets.timesMs.adapterAttach5kMessages },
      { area: 'Console reader', metric: 'per new message, with unrelated DOM churn', value: stream.totalMs / NEW_MESSAGES, unit: 'ms', budget: budgets.timesMs.adapterPerMessage },
      { area: 'Console reader', metric: 'longest unbroken extension run (long-task bound)', value: Math.max(attach.longestMs, stream.longestMs), unit: 'ms', budget: 50 },
      { area: 'Console reader', metric: `new messages read, of ${NEW_MESSAGES}`, value: received, unit: 'count', budget: NEW_MESSAGES },
    ]);
  }
} finally {
  await context.close();
}
