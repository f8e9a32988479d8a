import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { attachProbe, editors, launchShared, serveConsoleAt } from './helpers';

/**
 * Snippet shortcuts typed in the reply box (";thanks" then Space) expand
 * through the same verified insertion as sidebar inserts, in every editor
 * fixture: the editor's model holds the snippet, and one Ctrl+Z gives back
 * exactly what the agent had typed (the shortcut and its Space), even in
 * editors that fold quick edits into one undo step (ProseMirror, Tiptap,
 * Quill); an unknown shortcut stays as typed, and keys the page makes up
 * expand nothing.
 */
test.describe.configure({ mode: 'default' });
let context: BrowserContext;
test.beforeAll(async () => {
  context = await launchShared();
  await serveConsoleAt(context, 'http://localhost', 'unknown');
});
test.afterAll(() => context.close());

// A typed trailing space reaches some models as a no-break space (the DOM's &nbsp;): compare as the agent sees it.
const model = async (page: Page) => (await page.evaluate(() => (window as unknown as { __model(): string }).__model())).replace(/\u00a0/g, ' ');

for (const [editor, composer] of editors) {
  test(`${editor}: ";thanks" then Space becomes the snippet; one Ctrl+Z brings the shortcut back`, async () => {
    const page = await context.newPage();
    await page.goto(`http://localhost/editors/${editor}`);
    const probe = await attachProbe(page);
    const created = await probe.frame.evaluate(() =>
      (window as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime.sendMessage({
        channel: 'undertone/request',
        type: 'snippets.create',
        input: { draft: { title: 'Thanks', body: 'Thank you for your patience!', shortcut: 'thanks' } },
      }),
    );
    expect(created.ok || /shortcut/i.test(created.error ?? ''), JSON.stringify(created)).toBe(true);

    await page.locator(composer).click();
    await page.keyboard.type('Hi ;nope ');
    await page.waitForTimeout(300); // a lookup that finds nothing must leave the text as typed
    expect(await model(page)).toBe('Hi ;nope ');
    await page.keyboard.type(';thanks ');
    await expect.poll(() => model(page)).toBe('Hi ;nope Thank you for your patience!');
    await page.keyboard.press('Control+z');
    await expect.poll(() => model(page)).toBe('Hi ;nope ;thanks ');
    // The caret is back where the agent left it: typing goes on after the shortcut.
    await page.keyboard.type('X');
    await expect.poll(() => model(page)).toBe('Hi ;nope ;thanks X');

    // A page script's keys are not the agent's.
    await page.evaluate(() => {
      const target = document.activeElement!;
      target.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true }));
    });
    await page.waitForTimeout(300);
    expect(await model(page)).toBe('Hi ;nope ;thanks X');
    await page.close();
  });
}
