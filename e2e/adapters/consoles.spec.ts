import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { expect, test } from '../fixtures';
import { fixtureCase, latestState, launchShared, openFixture, serveConsoleAt } from './helpers';
import { checkInsertion } from './insert-checks';

/**
 * Each built-in adapter against its fixture: a replica of that console's DOM
 * contract around the editor library it uses, served at the console's real
 * address. One page per console carries every check: what is read on attach,
 * one event per new message with the right author, every insertion promise,
 * and the agent's send read back as the agent's. The consoles are the adapter
 * files, all but the demo (the dock and sidebar specs cover it).
 */
const consoles = readdirSync('utils/adapters/consoles')
  .filter((file) => file.endsWith('.json') && file !== 'demo.json')
  .map((file) => fixtureCase(file.slice(0, -'.json'.length)));

const adapterOf = (id: string) => JSON.parse(readFileSync(`utils/adapters/consoles/${id}.json`, 'utf8')) as { composer: string; sendButton: string };

test.describe.configure({ mode: 'default' });
let context: BrowserContext;
test.beforeAll(async () => {
  context = await launchShared();
  for (const [id, url] of consoles) await serveConsoleAt(context, new URL(url).origin, id);
});
test.afterAll(() => context.close());

const variants: [id: string, url: string, conversationId: string, customer: string, label: string][] = consoles.flatMap(([id, url, conversationId, customer]) =>
  id === 'intercom'
    ? [
        [id, url, conversationId, customer, ''],
        [id, `${url}?layout=2026`, conversationId, customer, ' (2026 layout: author by bubble side)'],
      ]
    : [[id, url, conversationId, customer, '']],
);

for (const [id, url, conversationId, customer, label] of variants) {
  test(`${id}${label}: reads the conversation, one event per new message, inserts like the agent`, async () => {
    const page = await context.newPage();
    const probe = await openFixture(page, url);
    await expect.poll(async () => (await latestState(probe))?.adapterId).toBe(id);
    const state = (await latestState(probe))!;
    expect(state.conversationKey).toBe(`${id}:${conversationId}`);
    expect(state.customerName).toBe(customer);
    expect(state.notice).toBeUndefined();
    expect(state.history.map((m) => [m.author, m.text])).toEqual([
      ['customer', 'My order never arrived'],
      ['agent', 'Sorry to hear that, let me check.'],
      ['customer', 'It was order 1234'],
    ]);

    const has = async (kind: string) => (await page.locator(`template[data-fixture-message="${kind}"]`).count()) > 0;
    // An internal note (where the console has them) is for agents only: never read, never news.
    const shown: [string, string][] = [
      ['customer', 'Where is my refund?'],
      ['agent', 'Let me look into that.'],
      ...((await has('system')) ? [['system', 'Chat transferred to Billing'] as [string, string]] : []),
      ...((await has('note')) ? [['note', 'Internal: refund already approved'] as [string, string]] : []),
      ['customer', 'Where is my refund?'],
    ];
    for (const [author, text] of shown) await page.evaluate(([a, t]) => (window as unknown as { __fixture: { add(a: string, t: string): void } }).__fixture.add(a!, t!), [author, text]);
    const added = shown.filter(([author]) => author !== 'note');
    await expect.poll(async () => (await probe.messages()).map((m) => [m.author, m.text])).toEqual(added);

    const adapter = adapterOf(id);
    // Salesforce's synthetic shadow DOM hides the editor from the page's own queries; the isolated world still sees it.
    if (id === 'salesforce') expect(await page.evaluate(() => document.querySelector('.ql-editor'))).toBeNull();
    const methods = await checkInsertion(page, probe, adapter.composer, adapter.sendButton);
    test.info().annotations.push({ type: 'technique', description: methods.join(', ') });

    await page.locator(adapter.sendButton).first().click();
    await expect.poll(async () => (await probe.messages()).slice(added.length).map((m) => [m.author, m.text.replace(/\s+/g, ' ')])).toEqual([['agent', 'Hi line one line two']]);
    await page.close();
  });
}

type Fixture = { add(author: string, text: string): void; switchTo(path: string, conversationId: string, history: [string, string][]): void };

test('livechat: the chat the console marks selected in its list names the conversation, before the address does', async () => {
  const page = await context.newPage();
  const probe = await openFixture(page, consoles.find(([id]) => id === 'livechat')![1]);
  await expect.poll(async () => (await latestState(probe))?.conversationKey).toBe('livechat:TKQ5R2J8ZB');
  // Another chat opens while the address still names the first one.
  await page.evaluate(() => {
    for (const row of document.querySelectorAll('li[data-testid^="chat-item-"]')) row.setAttribute('aria-selected', String(row.getAttribute('data-testid') === 'chat-item-TKA7C3M1XP'));
    (window as unknown as { __fixture: Fixture }).__fixture.switchTo(location.pathname, '', [
      ['customer', 'Hi, Ivo here'],
      ['agent', 'Hello Ivo, how can I help?'],
    ]);
  });
  await expect.poll(async () => (await latestState(probe))?.conversationKey).toBe('livechat:TKA7C3M1XP');
  expect((await latestState(probe))!.history.map((m) => [m.author, m.text])).toEqual([
    ['customer', 'Hi, Ivo here'],
    ['agent', 'Hello Ivo, how can I help?'],
  ]);
  await page.evaluate(() => (window as unknown as { __fixture: Fixture }).__fixture.add('customer', 'Are you still there?'));
  await expect
    .poll(async () => (await probe.events()).filter((e) => e.type === 'console.message').map((e) => [e.conversationKey, (e.message as { text: string }).text]))
    .toEqual([['livechat:TKA7C3M1XP', 'Are you still there?']]);
  await page.close();
});
