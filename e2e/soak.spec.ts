import { writeFileSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';
import { EXTENSION_ID, expect, sidebarFrame, test } from './fixtures';
import { heapComposition, heapOf, serviceWorkerHeap } from './heap';

/**
 * A simulated shift: customer messages streamed across many conversations in
 * the demo console, with conversation switches and inserts along the way.
 * `npm test` runs 1,000 messages; `npm run soak` runs 10,000 across 200 conversations.
 */
const TOTAL = Number(process.env.SOAK_MESSAGES ?? 1_000);
const CONVERSATIONS = Math.min(200, Math.max(10, Math.round(TOTAL / 50)));
const BATCH = 50;
const lines = [
  'Hi, could you check my order status please?',
  'This is the third time I am asking. Great. Just great.',
  "I'm confused, which plan am I on now?",
  '我的订单怎么还没到，我很着急。',
  '已經等了一週了，還是沒有解決。',
  'Thanks, that helps a lot!',
  'I need this fixed before Friday or I will cancel.',
];

type Demo = { demoConsole: { receive(t: string, o?: { conversation: string }): void; conversations(): string[] } };
type Shift = { open(id: string): void; deliver(start: number, count: number, open: string): Promise<number> };

/**
 * Installs, once, what the soak does in the console page: the agent clicks a
 * conversation; a batch of messages arrives, one rendered frame per message on
 * screen (as fast as a console can show them), returning how many went to the
 * open conversation.
 */
function installShift({ lines, conversations }: { lines: string[]; conversations: number }) {
  const demo = (window as unknown as Demo).demoConsole;
  const ids = demo.conversations().slice(0, conversations);
  const shift: Shift = {
    open: (id) => document.querySelector<HTMLElement>(`[data-conversation="${id}"]`)!.click(),
    async deliver(start, count, open) {
      const others = ids.filter((id) => id !== open);
      let toOpen = 0;
      for (let i = start; i < start + count; i++) {
        const conversation = i % 10 < 7 ? open : others[i % others.length]!;
        demo.receive(`${lines[i % lines.length]} (#${i})`, { conversation });
        if (conversation === open) {
          toOpen++;
          await new Promise(requestAnimationFrame);
        }
      }
      return toOpen;
    },
  };
  (window as unknown as { soakShift: Shift }).soakShift = shift;
}

/**
 * Evaluates an expression through a CDP session. The soak drives and reads the
 * console page and the sidebar this way rather than through Playwright's
 * evaluate and locators: those run Playwright's own injected code in the very
 * isolates whose heaps are measured, and V8 kept compiling more of it as the soak went on.
 */
async function evaluateIn<T>(session: CDPSession, expression: string): Promise<T> {
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
  if (exceptionDetails) throw new Error(`${expression} failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

/** What the soak reads in the sidebar: its message counters and the conversation it shows. */
const SIDEBAR_READING = `(() => {
  const d = window.undertoneDiagnostics;
  const status = document.querySelector('[data-testid="console-status"]');
  return { messages: d.messages, duplicates: d.duplicates, errors: [...d.errors], conversation: status && status.getAttribute('data-conversation') };
})()`;

// Playwright's trace recorder snapshots the DOM inside the very pages and frames whose heaps are measured; a soak's trace would be huge anyway.
test.use({ trace: 'off' });

test('soak: every message is reported exactly once, no errors anywhere, memory stays flat', async ({ context, page, server }) => {
  test.setTimeout(Math.max(120_000, TOTAL * 60));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  context.on('weberror', (e) => errors.push(`context: ${e.error().message}`));

  await page.goto(`${server.origin}/?pace=0&keep=5&conversations=${CONVERSATIONS}`);
  const frame = await sidebarFrame(page);
  await expect(frame.getByTestId('console-status')).toBeVisible();
  await page.evaluate(installShift, { lines, conversations: CONVERSATIONS });
  const pageSession = await context.newCDPSession(page);
  const ids = await evaluateIn<string[]>(pageSession, `demoConsole.conversations().slice(0, ${CONVERSATIONS})`);
  const sidebarSession = await context.newCDPSession(frame);
  const counted = () => evaluateIn<{ messages: number; duplicates: number; errors: string[]; conversation: string | null }>(sidebarSession, SIDEBAR_READING);

  let expected = 0;
  let nextInsert = 0;
  let baseline: { page: number; sidebar: number; worker: number } | undefined;
  let baselineComposition: Record<'page' | 'sidebar', { code: number; data: number }> | undefined;
  const composition = async () => ({ page: await heapComposition(context, page), sidebar: await heapComposition(context, frame) });
  for (let sent = 0, turn = 0; sent < TOTAL; sent += BATCH, turn++) {
    const open = ids[turn % ids.length]!;
    await evaluateIn(pageSession, `soakShift.open(${JSON.stringify(open)})`);
    await expect.poll(async () => (await counted()).conversation, { timeout: 10_000 }).toMatch(new RegExp(`:${open}$`));
    expected += await evaluateIn<number>(pageSession, `soakShift.deliver(${sent}, ${Math.min(BATCH, TOTAL - sent)}, ${JSON.stringify(open)})`);
    await expect.poll(async () => (await counted()).messages, { timeout: 10_000 }).toBe(expected);

    if (turn >= nextInsert) {
      // The agent inserts a suggestion now and then (every fourth turn, or the next one that shows a card), then clears the draft.
      const insert = frame.locator('[data-testid="coaching-card"] [data-testid="suggestion"] button[title]').first();
      if (await insert.isVisible()) {
        await insert.click();
        // Playwright's fill, as an agent would clear the draft (a scripted focus does not take it back from the sidebar's frame).
        await expect(page.getByTestId('composer')).not.toHaveValue('');
        await page.getByTestId('composer').fill('');
        nextInsert = turn + 4;
      }
    }
    if (process.env.SOAK_TRACE && turn % 20 === 19) console.log(`heap at ${sent + BATCH}: page ${await heapOf(context, page)}, sidebar ${await heapOf(context, frame)}`);
    if (!baseline && sent + BATCH >= 500) {
      baseline = { page: await heapOf(context, page), sidebar: await heapOf(context, frame), worker: await serviceWorkerHeap(context, page, EXTENSION_ID) };
      baselineComposition = await composition();
    }
  }

  const end = { page: await heapOf(context, page), sidebar: await heapOf(context, frame), worker: await serviceWorkerHeap(context, page, EXTENSION_ID) };
  const endComposition = await composition();
  const { conversation: _, ...final } = await counted();
  await Promise.all([sidebarSession.detach(), pageSession.detach()]);
  const measured = { messages: TOTAL, conversations: CONVERSATIONS, baseline, end, composition: { baseline: baselineComposition, end: endComposition } };
  test.info().annotations.push({ type: 'soak', description: JSON.stringify({ ...measured, events: final.messages }) });
  if (process.env.SOAK_RESULT) writeFileSync(process.env.SOAK_RESULT, JSON.stringify(measured));
  console.log(`soak: ${TOTAL} messages over ${CONVERSATIONS} conversations; heap after 500 ${JSON.stringify(baseline)}, at end ${JSON.stringify(end)}`);
  console.log(`soak: compiled code and kept data after 500 ${JSON.stringify(baselineComposition)}, at end ${JSON.stringify(endComposition)}`);

  expect(final).toEqual({ messages: expected, duplicates: 0, errors: [] });
  expect(errors).toEqual([]);
  // The data a page keeps is where a leak shows; checked on its own, since compiled code grows for a while as V8 optimises.
  for (const key of ['page', 'sidebar'] as const) {
    const [before, after] = [baselineComposition![key].data, endComposition[key].data];
    expect(after, `${key} kept data grew from ${before} to ${after}`).toBeLessThanOrEqual(before * 1.1);
  }
  for (const key of ['page', 'sidebar', 'worker'] as const) {
    expect(end[key], `${key} heap grew from ${baseline![key]} to ${end[key]}`).toBeLessThanOrEqual(baseline![key] * 1.1);
  }
});
