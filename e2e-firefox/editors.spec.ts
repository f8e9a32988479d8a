import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { PORT_SIDEBAR } from '../utils/protocol/ports';
import { serveStatic } from '../scripts/serve.mjs';
import { launchUndertone, sidebarFrame, type Undertone } from './firefox';

/**
 * Insert in Firefox's isolated world, through the real editor libraries
 * (e2e/fixtures/consoles/editors, bundled by scripts/build-fixtures.mjs) on a
 * console page no adapter knows, so the generic reader finds the composer.
 * The synthetic paste and beforeinput paths are the ones at risk here: the
 * technique each editor ends up with is printed for docs/consoles.md.
 */
const editors: [name: string, composer: string][] = [
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
  ['contenteditable', '[contenteditable]'],
];

let firefox: Undertone;
let served: { origin: string; close(): Promise<unknown> };

beforeAll(async () => {
  served = await serveStatic({ '/__build/': 'e2e/.fixtures-build', '/editors/': 'e2e/fixtures/consoles/unknown.html' });
  firefox = await launchUndertone();
});
afterAll(async () => {
  await served?.close();
  await firefox?.close();
});

type Reply = { type: string; requestId?: string; ok: boolean; method?: string; error?: string };

/** Sends an insert from a second port of the tab's own sidebar frame, exactly as the sidebar does, and waits for its answer. */
function insert(frame: Frame, text: string): Promise<Reply> {
  return frame.evaluate(
    (portName, t) =>
      new Promise<Reply>((done) => {
        const port = (globalThis as unknown as { browser: { runtime: { connect(o: { name: string }): { postMessage(m: unknown): void; onMessage: { addListener(l: (m: Reply) => void): void }; disconnect(): void } } } }).browser.runtime.connect({ name: portName });
        const requestId = crypto.randomUUID();
        port.onMessage.addListener((reply) => {
          if (reply.type !== 'console.insert-result' || reply.requestId !== requestId) return;
          port.disconnect();
          done(reply);
        });
        port.postMessage({ type: 'sidebar.insert', requestId, text: t });
      }),
    PORT_SIDEBAR,
    text,
  );
}

const model = (page: Page) => page.evaluate(() => (window as unknown as { __model(): string }).__model().replace(/\u00a0/g, ' '));

/** The editor's own model reaches `expected` (ProseMirror reads an execCommand edit back from the DOM a moment later), and says what it held if never. */
async function expectModel(page: Page, expected: string): Promise<void> {
  await page
    .waitForFunction((e) => (window as unknown as { __model(): string }).__model().replace(/\u00a0/g, ' ') === e, { timeout: 5_000 }, expected)
    .catch(async () => expect(await model(page)).toBe(expected));
}

async function openEditor(name: string): Promise<{ page: Page; frame: Frame }> {
  const page = await firefox.browser.newPage();
  await page.goto(`${served.origin}/editors/${name}`);
  await page.waitForSelector('html[data-fixture-ready="true"]');
  return { page, frame: await sidebarFrame(page) };
}

for (const [name, composer] of editors) {
  test(`${name}: Insert lands once, into an empty reply box (one Ctrl+Z takes it back) and at the caret inside a draft (typing on follows it)`, async () => {
    const { page, frame } = await openEditor(name);

    await page.click(composer);
    // Focus goes to the sidebar, as when the agent clicks Insert there; the saved caret must still be used.
    await frame.click('body');
    let result = await insert(frame, 'Hello world');
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    const methods = [result.method];
    await expectModel(page, 'Hello world');
    // One undo step of its own, as if the agent had typed it.
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await expectModel(page, '');

    await page.click(composer);
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type('Hi there');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await frame.click('body');
    result = await insert(frame, 'dear ');
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    methods.push(result.method);
    await expectModel(page, 'Hi dear there');
    // The caret ends after the insert: typing on continues it.
    await page.keyboard.type('X');
    await expectModel(page, 'Hi dear Xthere');
    console.log(`Firefox ${name}: ${methods.join(', ')}`);
    await page.close();
  });
}
