import { expect, test } from '../fixtures';
import { editorPages, editors } from '../adapters/helpers';

/**
 * "Save selection as snippet" needs the composer's selection in every kind of
 * editor: rich editors keep it in the document (or, for TinyMCE, the iframe's
 * document), not in a field. A selection outside the composer never counts.
 */
const rich = new Set(['prosemirror', 'lexical', 'tinymce', 'contenteditable']);
const pages = editorPages();

for (const [name, composer] of editors.filter(([name]) => rich.has(name))) {
  test(`${name}: the composer's selected text reaches the sidebar; the page's other text does not`, async () => {
    const { page, probe } = await pages.open(name);
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
