import { readFileSync, statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { expect, launchUndertone, sidebarFrame, test } from '../fixtures';

const BUILD = resolve('e2e/.fixtures-build');
const CONSOLES = resolve('e2e/fixtures/consoles');
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.woff2': 'font/woff2' };

/** One browser with the built extension for a whole spec file (launching per test would dominate the run time). */
export async function launchShared(): Promise<BrowserContext> {
  return launchUndertone(mkdtempSync(join(tmpdir(), 'undertone-adapters-')));
}

/**
 * Serves a fixture at a console's real address (e.g. https://acme.zendesk.com/agent/tickets/1),
 * so the manifest's match patterns and the adapter's URL matching are exercised as in production.
 * /__build/* comes from the bundled editors; every other path is the fixture page (a single-page app).
 */
export async function serveConsoleAt(context: BrowserContext, origin: string, fixture: string): Promise<void> {
  await context.route(`${origin}/**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = path.startsWith('/__build/') ? normalize(join(BUILD, path.slice('/__build/'.length))) : join(CONSOLES, `${fixture}.html`);
    if (!file.startsWith(BUILD) && !file.startsWith(CONSOLES)) return route.fulfill({ status: 403 });
    try {
      if (!statSync(file).isFile()) return route.fulfill({ status: 404 });
    } catch {
      return route.fulfill({ status: 404 });
    }
    return route.fulfill({ status: 200, contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
}

interface ProbePort {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: Reply) => void): void; removeListener(listener: (message: Reply) => void): void };
}
type Reply = { type: string; requestId?: string; ok: boolean; method?: string; error?: string };
type ProbeWindow = { __probe?: { events: Reply[]; port: ProbePort }; chrome: { runtime: { connect(options: { name: string }): ProbePort } } };

export interface Probe {
  frame: Frame;
  /** Console events relayed to this tab's sidebars since attach (or since `clear`). */
  events(): Promise<{ type: string; [key: string]: unknown }[]>;
  messages(): Promise<{ author: string; text: string }[]>;
  clear(): Promise<void>;
  /** `cursor`: where the caret should end, as an offset into `text` (a snippet's {{cursor}}). */
  insert(text: string, cursor?: number): Promise<{ ok: boolean; method?: string; error?: string }>;
  replace(find: string, replacement: string): Promise<{ ok: boolean; method?: string; error?: string }>;
}

/**
 * A second port from the tab's own sidebar frame: it hears exactly what the
 * sidebar hears and sends commands exactly as the sidebar does.
 */
export async function attachProbe(page: Page): Promise<Probe> {
  const frame = await sidebarFrame(page);
  await frame.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    if (w.__probe) return;
    const port = w.chrome.runtime.connect({ name: 'undertone/sidebar' });
    w.__probe = { events: [], port };
    port.onMessage.addListener((message) => w.__probe!.events.push(message));
  });
  const command = (message: Record<string, string | number>) =>
    frame.evaluate(
      (message) =>
        new Promise<Reply>((done) => {
          const probe = (window as unknown as ProbeWindow).__probe!;
          const requestId = crypto.randomUUID();
          const listener = (reply: Reply) => {
            if (reply.type !== 'console.insert-result' || reply.requestId !== requestId) return;
            probe.port.onMessage.removeListener(listener);
            done(reply);
          };
          probe.port.onMessage.addListener(listener);
          probe.port.postMessage({ ...message, requestId });
        }),
      message,
    );
  const events = () => frame.evaluate(() => (window as unknown as ProbeWindow).__probe!.events as { type: string; [key: string]: unknown }[]);
  return {
    frame,
    events,
    messages: async () =>
      (await events()).filter((e) => e.type === 'console.message').map((e) => e.message as { author: string; text: string }),
    clear: () => frame.evaluate(() => void ((window as unknown as ProbeWindow).__probe!.events = [])),
    insert: (text, cursor) => command({ type: 'sidebar.insert', text, ...(cursor === undefined ? {} : { cursor }) }),
    replace: (find, replacement) => command({ type: 'sidebar.replace', find, replacement }),
  };
}

/** The latest console.state the sidebar got. */
export async function latestState(probe: Probe) {
  const states = (await probe.events()).filter((e) => e.type === 'console.state');
  return states.at(-1)?.state as { adapterId: string; conversationKey: string; customerName?: string; history: { author: string; text: string }[]; notice?: string } | null | undefined;
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
