/**
 * What reading a console costs the page's main thread, measured in the real
 * browser with the built extension (npx wxt build, node scripts/build-fixtures.mjs first):
 * a Zendesk fixture holding 5,000 messages, with unrelated DOM churn inside
 * and outside the message list. main-thread.ts says how the content
 * script's share of the main thread is counted (CPU time, with wall-clock
 * time beside it).
 *   node scripts/run-ts.mjs scripts/bench/adapters.ts
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachProbe, latestState, serveConsoleAt } from '../browser/console-probe';
import { launchUndertone } from '../browser/extension';
import { measureMainThread } from './main-thread';
import { budgets, report } from './report';

const HISTORY = 5_000;
const NEW_MESSAGES = 200;
const SCRIPT = '/content-scripts/console.js';

const context = await launchUndertone(mkdtempSync(join(tmpdir(), 'undertone-bench-adapters-')));
try {
  await serveConsoleAt(context, 'https://bench.zendesk.com', 'zendesk');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const profiled = <T>(name: string, work: () => Promise<T>) => measureMainThread(cdp, `adapters-${name}`, SCRIPT, work);

  const attach = await profiled('attach', async () => {
    await page.goto(`https://bench.zendesk.com/agent/tickets/1?history=${HISTORY}`);
    const probe = await attachProbe(page);
    for (let i = 0; i < 200 && (await latestState(probe))?.history === undefined; i++) await page.waitForTimeout(25);
    return probe;
  });
  const probe = attach.result;
  const state = await latestState(probe);

  const stream = await profiled('stream', async () => {
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
    ['attach: extension main-thread time', `${attach.cpuMs.toFixed(1)} ms CPU, ${attach.wallMs.toFixed(1)} ms wall clock (budget < 50 ms)`],
    ['new messages read', `${received} of ${NEW_MESSAGES} (one event each)`],
    ['per new message, with churn', `${(stream.cpuMs / NEW_MESSAGES).toFixed(3)} ms CPU, ${(stream.wallMs / NEW_MESSAGES).toFixed(3)} ms wall clock (budget < 1 ms)`],
    ['longest unbroken extension run', `${Math.max(attach.longestMs, stream.longestMs).toFixed(1)} ms (budget: no task > 50 ms)`],
  ];
  console.log(`Undertone console reader, ${HISTORY.toLocaleString('en')} messages + DOM churn (Chromium, V8 sampling profiler at 0.1 ms)`);
  for (const [name, value] of figures) console.log(`  ${name.padEnd(38)} ${value}`);
  // For `npm run bench`: the same figures as rows of the one table (scripts/bench/report.ts).
  if (process.env.BENCH_JSON) {
    report([
      { area: 'Console reader', metric: `attach to a console holding ${HISTORY.toLocaleString('en')} messages, main-thread CPU time`, value: attach.cpuMs, unit: 'ms', budget: budgets.timesMs.adapterAttach5kMessages },
      { area: 'Console reader', metric: 'per new message, with unrelated DOM churn, main-thread CPU time', value: stream.cpuMs / NEW_MESSAGES, unit: 'ms', budget: budgets.timesMs.adapterPerMessage },
      { area: 'Console reader', metric: 'longest unbroken extension run (long-task bound)', value: Math.max(attach.longestMs, stream.longestMs), unit: 'ms', budget: 50 },
      { area: 'Console reader', metric: `new messages read, of ${NEW_MESSAGES}`, value: received, unit: 'count', budget: NEW_MESSAGES },
    ]);
  }
} finally {
  await context.close();
}
