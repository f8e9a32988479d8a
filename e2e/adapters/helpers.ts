import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { attachProbe, latestState, serveConsoleAt, type Probe } from '../../scripts/browser/console-probe';
import { expect, launchUndertone, test } from '../fixtures';

export { attachProbe, latestState, serveConsoleAt, type Probe } from '../../scripts/browser/console-probe';

/** One browser with the built extension for a whole spec file (launching per test would dominate the run time). */
export async function launchShared(): Promise<BrowserContext> {
  return launchUndertone(mkdtempSync(join(tmpdir(), 'undertone-adapters-')));
}

/**
 * What a console's fixture declares about itself in its <meta name="undertone-fixture">: the console's real
 * address, the conversation id the adapter should find there and the customer's name. A fixture without it fails.
 */
export function fixtureCase(id: string): [id: string, url: string, conversationId: string, customer: string] {
  const html = readFileSync(`e2e/fixtures/consoles/${id}.html`, 'utf8');
  const meta = /<meta name="undertone-fixture" data-url="([^"]+)" data-conversation-id="([^"]+)" data-customer="([^"]+)">/.exec(html);
  if (!meta) throw new Error(`e2e/fixtures/consoles/${id}.html has no <meta name="undertone-fixture" data-url=… data-conversation-id=… data-customer=…>`);
  return [id, meta[1]!, meta[2]!, meta[3]!];
}

export async function openFixture(page: Page, url: string): Promise<Probe> {
  await page.goto(url);
  await expect(page.locator('html[data-fixture-ready="true"]')).toBeAttached({ timeout: 10_000 });
  return attachProbe(page);
}

/** The unmarked fixture (e2e/fixtures/consoles/unmarked.html) read through `adapterId`: its history with authors, then one new message, once. */
export async function expectUnmarkedReadWith(page: Page, probe: Probe, adapterId: string): Promise<void> {
  await expect.poll(async () => (await latestState(probe))?.adapterId).toBe(adapterId);
  expect((await latestState(probe))!.history.map((m) => [m.author, m.text])).toEqual([
    ['customer', 'My order never arrived'],
    ['agent', 'Sorry to hear that, let me check.'],
    ['customer', 'It was order 1234'],
  ]);
  await page.evaluate(() => (window as unknown as { __fixture: { add(a: string, t: string): void } }).__fixture.add('customer', 'Any news?'));
  await expect.poll(async () => (await probe.messages()).map((m) => [m.author, m.text])).toEqual([['customer', 'Any news?']]);
}

export const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every editor fixture (e2e/fixtures/consoles/editors/<name>) with the selector of its editable: the editor's signature. */
export const editors: [name: string, composer: string][] = [
  ['textarea', 'textarea'],
  ['prosemirror', '.ProseMirror'],
  ['tiptap', '.tiptap'],
  ['lexical', '[data-lexical-editor]'],
  ['slate', '[data-slate-editor]'],
  ['draft', '.public-DraftEditor-content'],
  ['quill2', '.ql-editor'],
  ['quill1', '.ql-editor'],
  ['ckeditor5', '.ck-editor__editable'],
  ['tinymce', 'iframe.tox-edit-area__iframe'],
  ['iframe-body', 'iframe'],
  ['contenteditable', '[contenteditable]'],
];

/**
 * For a spec over the editor fixtures: one browser for the file, the editors
 * served on a console page no adapter knows (the generic fallback finds the
 * composer), and `open(name)` for one editor's page with its sidebar probe.
 */
export function editorPages() {
  test.describe.configure({ mode: 'default' });
  let context: BrowserContext;
  test.beforeAll(async () => {
    context = await launchShared();
    await serveConsoleAt(context, 'http://localhost', 'unknown');
  });
  test.afterAll(() => context.close());
  return {
    async open(name: string): Promise<{ page: Page; probe: Probe }> {
      const page = await context.newPage();
      await page.goto(`http://localhost/editors/${name}`);
      await expect(page.locator('html[data-fixture-ready="true"]')).toBeAttached({ timeout: 10_000 });
      return { page, probe: await attachProbe(page) };
    },
  };
}

/** The editor's own model; a typed trailing space reaches some models as a no-break space (the DOM's &nbsp;), so read as the agent sees it. */
export const editorModel = async (page: Page) => (await page.evaluate(() => (window as unknown as { __model(): string }).__model())).replace(/\u00a0/g, ' ');

/** Saves a snippet through the background, as the sidebar does; a shortcut another test of the file already took is fine. */
export async function createSnippet(frame: Frame, draft: { title: string; body: string; shortcut?: string }): Promise<void> {
  const created = await frame.evaluate(
    (d) =>
      (window as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime.sendMessage({
        channel: 'undertone/request',
        type: 'snippets.create',
        input: { draft: d },
      }),
    draft,
  );
  expect(created.ok || (draft.shortcut !== undefined && /shortcut/i.test(created.error ?? '')), JSON.stringify(created)).toBe(true);
}

/**
 * Clicks a button inside a closed shadow root (the picker's panel), which no
 * selector can reach: found by its accessible name in the browser's own
 * accessibility tree, and clicked by a real mouse at its box's centre.
 */
export async function clickClosedButton(page: Page, name: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const find = async () => {
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      return nodes.find((node) => node.role?.value === 'button' && node.name?.value === name && node.backendDOMNodeId !== undefined);
    };
    await expect.poll(async () => (await find()) !== undefined, { message: `no button named "${name}"` }).toBe(true);
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: (await find())!.backendDOMNodeId! });
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
  } finally {
    await cdp.detach();
  }
}

/** The accessible names in the page's accessibility tree, closed shadow roots included. */
export async function accessibleNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.map((node) => String(node.name?.value ?? '')).filter(Boolean);
  } finally {
    await cdp.detach();
  }
}
