import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { latestState, launchShared, openFixture, serveConsoleAt, type Probe } from './helpers';

/**
 * Scripted message streams produce exactly one event per new message, with
 * the right author, on a console whose messages carry ids (Zendesk), one
 * whose messages do not (Crisp, deduped by content) and one that marks no
 * author either (HubSpot's react-virtualized thread, authors by bubble side):
 * bursts of 100 messages a second, a list that re-renders, a virtualised list,
 * conversation switches.
 */
type Fixture = {
  add(author: string, text: string): void;
  rerender(): void;
  virtualise(size: number): void;
  scrollTo(end: number): void;
  switchTo(path: string, conversationId: string, history: [string, string][]): void;
};
const drive = (page: Page, script: string) => page.evaluate(script);
const fixture = (page: Page, fn: (f: Fixture) => void) =>
  page.evaluate(`(${fn.toString()})(window.__fixture)`);

/** Events after a sentinel message arrives: proves every earlier mutation has been handled. */
async function settleWithSentinel(page: Page, probe: Probe, label: string) {
  await page.evaluate((text) => (window as unknown as { __fixture: Fixture }).__fixture.add('customer', text), `sentinel ${label}`);
  await expect.poll(async () => (await probe.messages()).some((m) => m.text === `sentinel ${label}`)).toBe(true).catch(async (error) => {
    throw new Error(`${error}\nevents: ${JSON.stringify((await probe.messages()).slice(95).map((m) => m.text))}`);
  });
  return probe.messages();
}

test.describe.configure({ mode: 'default' });
let context: BrowserContext;
test.beforeAll(async () => {
  context = await launchShared();
  await serveConsoleAt(context, 'https://acme.zendesk.com', 'zendesk');
  await serveConsoleAt(context, 'https://app.crisp.chat', 'crisp');
  await serveConsoleAt(context, 'https://app.hubspot.com', 'hubspot');
});
test.afterAll(() => context.close());

const cases = [
  { id: 'zendesk', url: 'https://acme.zendesk.com/agent/tickets/101', other: '/agent/tickets/202', otherId: '202' },
  { id: 'crisp', url: 'https://app.crisp.chat/website/w/inbox/session_1', other: '/website/w/inbox/session_2', otherId: '2' },
  { id: 'hubspot', url: 'https://app.hubspot.com/live-messages/1/inbox/2/thread/101', other: '/live-messages/1/inbox/2/thread/202', otherId: '202' },
];

for (const { id, url, other, otherId } of cases) {
  test(`${id}: bursts, re-renders, a virtualised list and conversation switches give exactly one event per new message`, async () => {
    const page = await context.newPage();
    const probe = await openFixture(page, url);
    await expect.poll(async () => (await latestState(probe))?.adapterId).toBe(id);

    // 100 messages in one second, in batches of 10 every 100 ms; every third is the agent's.
    await drive(
      page,
      `new Promise((done) => { let i = 0; const timer = setInterval(() => {
        for (let k = 0; k < 10; k++) { i++; window.__fixture.add(i % 3 === 0 ? 'agent' : 'customer', 'Burst ' + i); }
        if (i >= 100) { clearInterval(timer); done(); }
      }, 100); })`,
    );
    const expected = Array.from({ length: 100 }, (_, k) => [(k + 1) % 3 === 0 ? 'agent' : 'customer', `Burst ${k + 1}`]);
    await expect.poll(async () => (await probe.messages()).map((m) => [m.author, m.text]), { timeout: 10_000 }).toEqual(expected);

    // A re-render replaces every node with an identical one: nothing new.
    await fixture(page, (f) => f.rerender());
    await fixture(page, (f) => f.rerender());
    let messages = await settleWithSentinel(page, probe, 'after re-render');
    expect(messages.slice(100).map((m) => m.text)).toEqual(['sentinel after re-render']);

    // Virtualised: only 20 rows exist; scrolling recycles rows; a message arriving while scrolled up counts once, when shown,
    // also when the list comes back down in the same frame as the next message (under load the reader sees both at once).
    await fixture(page, (f) => f.virtualise(20));
    await fixture(page, (f) => f.scrollTo(40));
    await fixture(page, (f) => f.scrollTo(30));
    await fixture(page, (f) => f.add('customer', 'Arrived while scrolled up'));
    await fixture(page, (f) => {
      f.scrollTo(1_000);
      f.add('customer', 'Arrived as the list came back down');
    });
    messages = await settleWithSentinel(page, probe, 'after scrolling');
    expect(messages.slice(101).map((m) => [m.author, m.text]), JSON.stringify(messages.slice(95).map((m) => m.text))).toEqual([
      ['customer', 'Arrived while scrolled up'],
      ['customer', 'Arrived as the list came back down'],
      ['customer', 'sentinel after scrolling'],
    ]);

    // A jump to the start of the list and back recycles every row: nothing new.
    await fixture(page, (f) => f.scrollTo(0));
    await fixture(page, (f) => f.scrollTo(1_000));
    messages = await settleWithSentinel(page, probe, 'after the jump');
    expect(messages.slice(104).map((m) => m.text)).toEqual(['sentinel after the jump']);

    // Another conversation: its messages are history, under a new key.
    await probe.clear();
    await page.evaluate(
      ([path, conversationId]) =>
        (window as unknown as { __fixture: Fixture }).__fixture.switchTo(path!, conversationId!, [
          ['customer', 'Hello, second chat here'],
          ['agent', 'Hi! How can I help?'],
        ]),
      [other, otherId],
    );
    await expect.poll(async () => (await latestState(probe))?.conversationKey).toBe(`${id}:${otherId}`);
    expect((await latestState(probe))!.history.map((m) => m.text)).toEqual(['Hello, second chat here', 'Hi! How can I help?']);
    await fixture(page, (f) => f.add('customer', 'A new one in the second chat'));
    await expect.poll(async () => (await probe.events()).filter((e) => e.type === 'console.message').map((e) => [e.conversationKey, (e.message as { text: string }).text])).toEqual([
      [`${id}:${otherId}`, 'A new one in the second chat'],
    ]);
    await page.close();
  });
}
