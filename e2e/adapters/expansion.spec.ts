import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { createSnippet, editorModel, editorPages, editors } from './helpers';

/**
 * Snippet shortcuts typed in the reply box (";thanks" then Space) expand
 * through the same verified insertion as sidebar inserts, in every editor
 * fixture: the editor's model holds the snippet, and one Ctrl+Z gives back
 * exactly what the agent had typed (the shortcut and its Space), even in
 * editors that fold quick edits into one undo step (ProseMirror, Tiptap,
 * Quill); an unknown shortcut stays as typed, and keys the page makes up
 * expand nothing.
 */
const { open } = editorPages();

for (const [editor, composer] of editors) {
  test(`${editor}: ";thanks" then Space becomes the snippet; one Ctrl+Z brings the shortcut back`, async () => {
    const { page, probe } = await open(editor);
    await createSnippet(probe.frame, { title: 'Thanks', body: 'Thank you for your patience!', shortcut: 'thanks' });

    await page.locator(composer).click();
    await page.keyboard.type('Hi ;nope ');
    await page.waitForTimeout(300); // a lookup that finds nothing must leave the text as typed
    expect(await editorModel(page)).toBe('Hi ;nope ');
    await page.keyboard.type(';thanks ');
    await expect.poll(() => editorModel(page)).toBe('Hi ;nope Thank you for your patience!');
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorModel(page)).toBe('Hi ;nope ;thanks ');
    // The caret is back where the agent left it: typing goes on after the shortcut.
    await expect.poll(() => caretCollapsed(page)).toBe(true);
    await page.keyboard.type('X');
    await expect.poll(() => editorModel(page)).toBe('Hi ;nope ;thanks X');

    // A page script's keys are not the agent's.
    await page.evaluate(() => {
      const target = document.activeElement!;
      target.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true }));
    });
    await page.waitForTimeout(300);
    expect(await editorModel(page)).toBe('Hi ;nope ;thanks X');
    await page.close();
  });
}

// The agent's Ctrl+Z can come the moment the expansion shows, while its insert is still settling in the editor.
for (const [editor, composer] of editors) {
  test(`${editor}: a Ctrl+Z the moment the expansion shows brings the shortcut back, caret after it`, async () => {
    const { page, probe } = await open(editor);
    await createSnippet(probe.frame, { title: 'Thanks', body: 'Thank you for your patience!', shortcut: 'thanks' });
    await page.locator(composer).click();
    await page.keyboard.type('Hi ;thanks ');
    await page.waitForFunction(() => (window as unknown as { __model(): string }).__model().includes('Thank you'), undefined, { polling: 'raf' });
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorModel(page)).toBe('Hi ;thanks ');
    await expect.poll(() => caretCollapsed(page)).toBe(true);
    await page.close();
  });
}

/** Whether nothing is selected in the reply box, wherever the editor keeps its selection (a field, the page, TinyMCE's iframe). */
function caretCollapsed(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) return active.selectionStart === active.selectionEnd;
    const selection = active instanceof HTMLIFrameElement ? active.contentDocument?.getSelection() : document.getSelection();
    return selection?.isCollapsed ?? false;
  });
}
