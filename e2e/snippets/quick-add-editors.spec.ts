import type { BrowserContext } from '@playwright/test';
import { expect, test } from '../fixtures';
import { attachProbe, launchShared, serveConsoleAt } from '../adapters/helpers';

/**
 * "Save selection as snippet" needs the composer's selection in every kind of
 * editor: rich editors keep it in the document (or, for TinyMCE, the iframe's
 * document), not in a field. A selection outside the composer never counts.
 */
const editors: [name: string, composer: string][] = [
  ['prosemirror', '.ProseMirror'],
  ['lexical', '[data-lexical-editor]'],
  ['tinymce', 'iframe.tox-edit-area__iframe'],
  ['contenteditable', '[contenteditable]'],
];

test.describe.configure({ mode: 'default' });
let context: BrowserContext;
test.beforeAll(async () => {
  context = await launchShared();
  await serveConsoleAt(context, 'http://localhost', 'unknown');
});
test.afterAll(() => context.close());

for (const [name, composer] of editors) {
  test(`${name}: the composer's selected text reaches the sidebar; the page's other text does not`, async () => {
    const page = await context.newPage();
    await page.goto(`http://localhost/editors/${name}`);
    await expect(page.locator('html[data-fixture-ready="true"]')).toBeAttached({ timeout: 10_000 });
    const probe = await attachProbe(page);
    const selections = async () => (await probe.events()).filter((event) => event.type === 'console.selection').map((event) => event.text);

    await page.locator(composer).first().click();
    await page.keyboard.type('Your parcel left today');
    for (let i = 0; i < 'left today'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    // A slow key repeat may report the selection on its way; what counts is where it ends.
    await expect.poll(async () => (await selections()).at(-1)).toBe('left today');
    const seen = (await selections()).length;

    // Selecting a customer's message elsewhere in the page leaves the composer's last selection standing.
    await page.locator('body').evaluate((body) => {
      const range = document.createRange();
      range.selectNodeContents(body.querySelector('main, header, div')!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.locator(composer).first().click();
    await page.keyboard.press('End');
    await expect.poll(async () => (await selections()).slice(seen - 1)).toEqual(['left today', '']);
    await page.close();
  });
}
