import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createSnippet, editorModel, editorPages, editors } from './helpers';

/**
 * A snippet's {{cursor}} puts the caret there after the insert, in every
 * editor: the marker never shows in the text, the editor's own model has its
 * caret at the marker (for the editors whose fixtures expose one), and what
 * the agent types next lands there. Through a sidebar insert, a shortcut
 * expansion, and the sidebar's snippet picker.
 */
const { open } = editorPages();
const modelCaret = (page: Page) => page.evaluate(() => (window as unknown as { __caret(): number | null }).__caret());

/** Editors whose fixture exposes the model's caret: there it is asserted directly, not only through what typing does. */
const withModelCaret = new Set(['textarea', 'prosemirror', 'tiptap', 'lexical', 'quill2', 'ckeditor5']);

/** The DOM caret as an offset into the composer's text (the others' models follow it; typing before it is placed would race). */
const domCaret = (page: Page, composer: string) =>
  page
    .locator(composer)
    .first()
    .evaluate((el) => {
      if (el instanceof HTMLTextAreaElement) return el.selectionStart;
      const doc = el instanceof HTMLIFrameElement ? el.contentDocument! : el.ownerDocument;
      const root = el instanceof HTMLIFrameElement ? doc.body : el;
      const selection = doc.getSelection();
      if (!selection?.rangeCount || !root.contains(selection.anchorNode)) return null;
      const before = doc.createRange();
      before.setStart(root, 0);
      before.setEnd(selection.anchorNode!, selection.anchorOffset);
      return before.toString().length;
    });

for (const [name, composer] of editors) {
  test(`${name}: after a sidebar insert and after a shortcut expansion, the caret is where the snippet's {{cursor}} was`, async () => {
    const { page, probe } = await open(name);
    const caretAt = (offset: number) => expect.poll(() => (withModelCaret.has(name) ? modelCaret(page) : domCaret(page, composer))).toBe(offset);
    await createSnippet(probe.frame, { title: 'Greeting', body: 'Hello {{cursor}}, how can I help?', shortcut: 'greet' });
    await page.locator(composer).click();
    await page.keyboard.type(';greet ');
    await expect.poll(() => editorModel(page)).toBe('Hello , how can I help?');
    await caretAt('Hello '.length);
    await page.keyboard.type('Sam');
    await expect.poll(() => editorModel(page)).toBe('Hello Sam, how can I help?');

    // The sidebar sends the filled text and the marker's offset (" and {{cursor}},\nthanks"), here with a line break after it.
    await probe.frame.locator('body').click({ position: { x: 2, y: 2 } });
    const result = await probe.insert(' and ,\nthanks', ' and '.length);
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    expect(await editorModel(page)).toBe('Hello Sam and ,\nthanks, how can I help?');
    await caretAt('Hello Sam and '.length);
    await page.keyboard.type('Ann');
    await expect.poll(() => editorModel(page)).toBe('Hello Sam and Ann,\nthanks, how can I help?');
    await page.close();
  });
}

test('the sidebar snippet picker sends the {{cursor}} offset with the text', async () => {
  const { page, probe } = await open('tiptap');
  await createSnippet(probe.frame, { title: 'Order lookup', body: 'Your order {{cursor}} is on its way.' });
  await page.locator('.tiptap').click();
  const search = probe.frame.getByTestId('snippet-search');
  await search.fill('order lookup');
  await search.press('Enter');
  await expect.poll(() => editorModel(page)).toBe('Your order  is on its way.');
  await expect.poll(() => modelCaret(page)).toBe('Your order '.length);
  await page.keyboard.type('40211');
  await expect.poll(() => editorModel(page)).toBe('Your order 40211 is on its way.');
  await page.close();
});
