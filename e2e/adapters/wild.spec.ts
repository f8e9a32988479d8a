import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { attachProbe, latestState, launchShared, type Probe } from './helpers';

/**
 * Consoles of kinds the generic reader once failed on, none known to an
 * adapter, each around a real editor from npm (e2e/fixtures/consoles/wild/):
 * a reply box inside nested shadow roots, a log in a shadow root with an
 * iframe editor, a log in a same-origin iframe, a list that recycles its rows
 * in place, CKEditor 5's own live regions beside an unmarked log, rows
 * decorated with avatars, names and times, older history prepended on scroll,
 * two conversations side by side. On each: the history, new customer and
 * agent messages with the right authors exactly once, an insert exactly once
 * at the caret, and the agent's send read back once as the agent's.
 */
const ORIGIN = 'http://localhost';
const BUILD = resolve('e2e/.fixtures-build');
const WILD = resolve('e2e/fixtures/consoles/wild');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.woff2': 'font/woff2' };
const HISTORY = [
  ['customer', 'My order never arrived'],
  ['agent', 'Sorry to hear that, let me check.'],
  ['customer', 'It was order 1234'],
];

type Fixture = { add(author: string, text: string): void };
type FixtureWindow = { __fixture: Fixture & { pane(i: number): Fixture; model(i: number): string } };

test.describe.configure({ mode: 'default' });
let context: BrowserContext;
test.beforeAll(async () => {
  context = await launchShared();
  // /<fixture>/… is that fixture page (any deeper path: a single-page app); /__build/* the bundled editors.
  await context.route(`${ORIGIN}/**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = path.startsWith('/__build/') ? normalize(join(BUILD, path.slice('/__build/'.length))) : join(WILD, `${path.split('/')[1]}.html`);
    if (!file.startsWith(BUILD) && !file.startsWith(WILD)) return route.fulfill({ status: 403 });
    try {
      if (!statSync(file).isFile()) return route.fulfill({ status: 404 });
    } catch {
      return route.fulfill({ status: 404 });
    }
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
});
test.afterAll(() => context.close());

async function open(fixture: string): Promise<{ page: Page; probe: Probe }> {
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/${fixture}/chat`);
  await expect(page.locator('html[data-fixture-ready="true"]')).toBeAttached({ timeout: 10_000 });
  const probe = await attachProbe(page);
  await expect.poll(async () => (await latestState(probe))?.adapterId, { timeout: 10_000 }).toBe('generic');
  return { page, probe };
}

const add = (page: Page, author: string, text: string, pane = 0) =>
  page.evaluate(([a, t, p]) => (window as unknown as FixtureWindow).__fixture.pane(Number(p)).add(a!, t!), [author, text, String(pane)]);
const model = (page: Page, pane = 0) => page.evaluate((p) => (window as unknown as FixtureWindow).__fixture.model(p), pane);
const read = async (probe: Probe) => (await probe.messages()).map((m) => [m.author, m.text.replace(/\s+/g, ' ')]);

/**
 * New customer and agent messages are read once each with their authors; text
 * inserted from the sidebar lands once at the caret the agent left; the
 * agent's send is read back once as the agent's.
 */
async function readsAndInserts(page: Page, probe: Probe, composer: string, send: string, pane = 0): Promise<void> {
  await add(page, 'customer', 'Where is my refund?', pane);
  await add(page, 'agent', 'Let me look into that.', pane);
  await expect.poll(() => read(probe)).toEqual([
    ['customer', 'Where is my refund?'],
    ['agent', 'Let me look into that.'],
  ]);

  await page.locator(composer).nth(pane).click();
  await page.keyboard.type('Hi there');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await probe.frame.locator('body').click({ position: { x: 2, y: 2 } });
  const result = await probe.insert('dear ');
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  await expect.poll(() => model(page, pane)).toBe('Hi dear there');

  await page.locator(send).nth(pane).click();
  await expect.poll(async () => (await read(probe)).slice(2)).toEqual([['agent', 'Hi dear there']]);
  await add(page, 'customer', 'Thanks!', pane);
  await expect.poll(async () => (await read(probe)).slice(3)).toEqual([['customer', 'Thanks!']]);
}

async function expectHistory(probe: Probe, history = HISTORY) {
  await expect.poll(async () => (await latestState(probe))?.history.map((m) => [m.author, m.text])).toEqual(history);
}

test('a reply box inside nested open shadow roots (ProseMirror), its log in the app\'s shadow root', async () => {
  const { page, probe } = await open('shadow-composer');
  expect(await page.evaluate(() => document.querySelector('.ProseMirror, [data-fixture-list]'))).toBeNull();
  await expectHistory(probe);
  await readsAndInserts(page, probe, '.ProseMirror', 'button.send');
  await page.close();
});

test('a log inside a shadow root while the reply box is an iframe editor (TinyMCE)', async () => {
  const { page, probe } = await open('shadow-log-iframe');
  await expectHistory(probe);
  await readsAndInserts(page, probe, 'iframe.tox-edit-area__iframe', 'button.send');
  await page.close();
});

test('a log inside a same-origin iframe, the reply box in the page (Tiptap)', async () => {
  const { page, probe } = await open('frame-log');
  expect(await page.evaluate(() => document.querySelector('[data-fixture-list]'))).toBeNull();
  await expectHistory(probe);
  await readsAndInserts(page, probe, '.tiptap', 'button.send');
  await page.close();
});

test('a virtualised list that recycles its rows in place (Lexical)', async () => {
  const { page, probe } = await open('recycling');
  await expectHistory(probe);
  const rowsBefore = await page.locator('[data-fixture-list] > *').count();
  // Three more fill the pool of six; every message after them only rewrites rows.
  await add(page, 'customer', 'First');
  await add(page, 'customer', 'Second');
  await add(page, 'agent', 'Third');
  await expect.poll(() => read(probe)).toEqual([
    ['customer', 'First'],
    ['customer', 'Second'],
    ['agent', 'Third'],
  ]);
  expect(rowsBefore).toBe(3);
  await probe.clear();
  await readsAndInserts(page, probe, '[data-lexical-editor]', 'button.send');
  await expect(page.locator('[data-fixture-list] > *')).toHaveCount(6);
  await page.close();
});

test("CKEditor 5's own live regions are never taken for the log", async () => {
  const { page, probe } = await open('ckeditor-announcer');
  await expect(page.locator('[aria-live] > ul.ck-aria-live-region-list').first()).toBeAttached();
  await expectHistory(probe);
  await readsAndInserts(page, probe, '.ck-editor__editable', 'button.send');
  await page.close();
});

test('rows with avatar initials, names, times, receipts and reactions: the text alone, the name as metadata', async () => {
  const { page, probe } = await open('decorated');
  await expectHistory(probe, [
    ['customer', 'This is the third time I write about my order'],
    ['agent', 'Sorry to hear that, let me check.'],
    ['customer', 'It was order 1234'],
  ]);
  const state = (await latestState(probe))!;
  expect(state.customerName).toBe('Dana Whitfield');
  expect(state.history.map((m) => (m as { authorName?: string }).authorName)).toEqual(['Dana Whitfield', 'Sam Ortiz', 'Dana Whitfield']);
  await readsAndInserts(page, probe, '[data-slate-editor]', 'button.send');

  // Another chat at the same address: another customer, so another conversation, its messages history.
  const firstKey = state.conversationKey;
  await probe.clear();
  await page.evaluate(() => {
    const template = document.querySelector<HTMLTemplateElement>('template[data-fixture-message="customer"]')!;
    template.content.querySelector('.name')!.textContent = 'Lee Chen';
    template.content.querySelector('.initials')!.textContent = 'LC';
    (window as unknown as { __fixture: { switchTo(p: string, id: string, h: [string, string][]): void } }).__fixture.switchTo(location.pathname, '', [
      ['customer', 'Hello, second chat here'],
      ['agent', 'Hi! How can I help?'],
    ]);
  });
  await expect.poll(async () => (await latestState(probe))?.conversationKey).not.toBe(firstKey);
  const second = (await latestState(probe))!;
  expect(second.customerName).toBe('Lee Chen');
  expect(second.history.map((m) => m.text)).toEqual(['Hello, second chat here', 'Hi! How can I help?']);
  await add(page, 'customer', 'A new one in the second chat');
  await expect.poll(() => read(probe)).toEqual([['customer', 'A new one in the second chat']]);
  await page.close();
});

test('older history prepended on scroll is history, never news (Quill 2)', async () => {
  const { page, probe } = await open('prepend-history');
  const key = (await latestState(probe))!.conversationKey;
  await page.locator('[data-fixture-list]').evaluate((list) => {
    list.scrollTop = list.scrollHeight;
    list.scrollTop = 0;
  });
  await expect(page.locator('[data-fixture-list]')).toContainText('Last week I asked about a refund');
  await page.locator('[data-fixture-list]').evaluate((list) => (list.scrollTop = 0));
  await expect(page.locator('[data-fixture-list]')).toContainText('Earlier still: my first order');
  await readsAndInserts(page, probe, '.ql-editor', 'button.send');
  expect((await latestState(probe))!.conversationKey).toBe(key);
  await page.close();
});

test('two conversations side by side: the one whose reply box the agent is in (Draft.js)', async () => {
  const { page, probe } = await open('side-by-side');
  await expectHistory(probe);
  const firstKey = (await latestState(probe))!.conversationKey;

  await page.locator('.public-DraftEditor-content').nth(1).click();
  await expect.poll(async () => (await latestState(probe))?.conversationKey).not.toBe(firstKey);
  await expectHistory(probe, [
    ['customer', 'Can I change my delivery address?'],
    ['agent', 'Of course, what is the new one?'],
    ['customer', '12 Harbour Street'],
  ]);
  await add(page, 'customer', 'Not for the other chat', 0);
  await readsAndInserts(page, probe, '.public-DraftEditor-content', 'button.send', 1);
  expect(await model(page, 0)).toBe('');

  await page.locator('.public-DraftEditor-content').nth(0).click();
  await expect.poll(async () => (await latestState(probe))?.conversationKey).toBe(firstKey);
  await page.close();
});
