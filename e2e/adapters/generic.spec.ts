import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { latestState, launchShared, openFixture, serveConsoleAt } from './helpers';

/**
 * Consoles no adapter knows: the generic reader finds the log (a marked live
 * region, or the scrollable repeated structure beside the composer), tells
 * authors by bubble side and calibrates the side by the agent's own sends.
 * An adapter whose console changed under it hands over to the same reader,
 * with a quiet notice. And the page cannot make Undertone act or see what it read.
 */
test.describe.configure({ mode: 'default' });
let context: BrowserContext;
test.beforeAll(async () => {
  context = await launchShared();
  await serveConsoleAt(context, 'http://localhost', 'unknown');
  await serveConsoleAt(context, 'http://127.0.0.1', 'unmarked');
  await serveConsoleAt(context, 'https://changed.zendesk.com', 'unknown');
});
test.afterAll(() => context.close());

const add = (page: Page, author: string, text: string) =>
  page.evaluate(([a, t]) => (window as unknown as { __fixture: { add(a: string, t: string): void } }).__fixture.add(a!, t!), [author, text]);

test("a marked log: history and new messages with authors from the bubbles' sides", async () => {
  const page = await context.newPage();
  const probe = await openFixture(page, 'http://localhost/editors/contenteditable');
  await expect.poll(async () => (await latestState(probe))?.adapterId).toBe('generic');
  const state = (await latestState(probe))!;
  expect(state.notice).toBeUndefined();
  expect(state.history.map((m) => [m.author, m.text])).toEqual([
    ['customer', 'My order never arrived'],
    ['agent', 'Sorry to hear that, let me check.'],
    ['customer', 'It was order 1234'],
  ]);
  await add(page, 'customer', 'Still waiting');
  await add(page, 'system', 'Chat transferred');
  await add(page, 'agent', 'On it');
  await expect.poll(async () => (await probe.messages()).map((m) => [m.author, m.text])).toEqual([
    ['customer', 'Still waiting'],
    ['system', 'Chat transferred'],
    ['agent', 'On it'],
  ]);
  await page.close();
});

test("an unmarked log beside the composer, agent on the left: the agent's own send calibrates the sides", async () => {
  const page = await context.newPage();
  const probe = await openFixture(page, 'http://127.0.0.1/support?flip');
  await expect.poll(async () => (await latestState(probe))?.adapterId).toBe('generic');
  await page.locator('textarea').fill('Happy to help with that');
  await page.locator('button.send').click();
  await expect.poll(async () => (await probe.messages()).map((m) => [m.author, m.text])).toEqual([['agent', 'Happy to help with that']]);
  await add(page, 'customer', 'Thanks, the parcel is still missing');
  await add(page, 'agent', 'I have reordered it');
  await expect.poll(async () => (await probe.messages()).slice(1).map((m) => [m.author, m.text])).toEqual([
    ['customer', 'Thanks, the parcel is still missing'],
    ['agent', 'I have reordered it'],
  ]);
  await page.close();
});

test('a console whose adapter stopped fitting degrades to the generic reader with a quiet notice', async () => {
  const page = await context.newPage();
  const probe = await openFixture(page, 'https://changed.zendesk.com/editors/textarea');
  await expect.poll(async () => (await latestState(probe))?.adapterId, { timeout: 8_000 }).toBe('generic');
  expect((await latestState(probe))!.notice).toMatch(/Zendesk Agent Workspace has changed its layout/);
  await add(page, 'customer', 'Hello?');
  await expect.poll(async () => (await probe.messages()).map((m) => [m.author, m.text])).toEqual([['customer', 'Hello?']]);
  await page.close();
});

test('the page can neither make Undertone insert nor see what it read', async () => {
  const page = await context.newPage();
  const probe = await openFixture(page, 'http://localhost/editors/textarea');
  const listBefore = await page.locator('[data-fixture-list]').innerHTML();
  await page.locator('textarea').click();
  // Everything a page script can do at Undertone: forged commands by postMessage and DOM events, forged insert keys.
  await page.evaluate(() => {
    const forged = { type: 'sidebar.insert', requestId: 'forged', text: 'PWNED' };
    window.postMessage(forged, '*');
    window.postMessage(JSON.stringify(forged), '*');
    for (const target of [window, document, document.querySelector('undertone-dock')!]) {
      target.dispatchEvent(new CustomEvent('sidebar.insert', { detail: forged, bubbles: true, composed: true }));
      target.dispatchEvent(new CustomEvent('undertone', { detail: forged, bubbles: true, composed: true }));
    }
    for (const key of ['1', '2']) document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, code: `Digit${key}`, altKey: true, bubbles: true }));
  });
  await add(page, 'customer', 'A message after the forgeries');
  await expect.poll(async () => (await probe.messages()).map((m) => m.text)).toEqual(['A message after the forgeries']);
  expect(await page.evaluate(() => (window as unknown as { __model(): string }).__model())).toBe('');
  expect((await probe.events()).filter((e) => e.type === 'console.insert-result' || e.type === 'console.suggestion-key')).toEqual([]);

  // What Undertone read lives in the extension: closed shadow root, cross-origin frame, no globals, no marks on the page's nodes.
  const seen = await page.evaluate(() => {
    const dock = document.querySelector('undertone-dock')!;
    const frame = document.querySelector('iframe');
    const globals = Object.getOwnPropertyNames(window).filter((name) => /undertone/i.test(name));
    return { shadow: dock.shadowRoot, frames: frame ? 1 : 0, globals };
  });
  expect(seen).toEqual({ shadow: null, frames: 0, globals: [] });
  const listAfter = await page.locator('[data-fixture-list]').innerHTML();
  expect(listAfter.startsWith(listBefore)).toBe(true);
  expect(listAfter).not.toMatch(/undertone|data-ut-/i);
  await page.close();
});
