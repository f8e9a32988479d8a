import type { BrowserContext, Page } from '@playwright/test';
import { expect, sidebarFrame, test } from '../fixtures';
import { launchShared, serveConsoleAt } from '../adapters/helpers';
import { ask, openOptions } from './helpers';

/**
 * A snippet with simple formatting, chosen in the sidebar's picker, reaches
 * each rich editor as formatting in the editor's own model (not as markers or
 * as text), and a textarea as its plain text form. Only https:, mailto: and
 * tel: become links; the previews render text, never HTML.
 */
const TITLE = 'Formatted reply';
const BODY = [
  'Hello, **thanks for waiting**.',
  'Track it [here](https://example.com/track?id=1) or *reply* here.',
  '- Refund',
  '- Replacement',
  'Not a link: [bad](javascript:alert(1))',
].join('\n');
const HREF = 'https://example.com/track?id=1';
const PLAIN = 'Hello, thanks for waiting.\nTrack it here (https://example.com/track?id=1) or reply here.\n• Refund\n• Replacement\nNot a link: [bad](javascript:alert(1))';
const LOOKALIKE = "**Careful** <img/src=x onerror=document.title='pwned'>";
const TYPED_TITLE = 'Typed with formatting';
/** The caret goes after "Step " in the last bullet: past a link and a list, whose address and bullet signs a rich editor does not show. */
const CARET_BODY = 'Track it [here](https://example.com/t).\n- Step one\n- Step {{cursor}}two';
const HOSTILE = '**Careful** <img src=x onerror="document.title=\'pwned\'">';

test.describe.configure({ mode: 'default' });
let context: BrowserContext;
test.beforeAll(async () => {
  context = await launchShared();
  await serveConsoleAt(context, 'http://localhost', 'unknown');
  // The editor tests' snippet, stored as the options page stores it (the next test types one through the form).
  const page = await context.newPage();
  await openOptions(context, page);
  await ask(page, 'snippets.create', { draft: { title: TITLE, body: BODY, format: 'light', shortcut: 'fmt' } });
  // An HTML lookalike the plain-text check lets through (no space after the tag name): it must still show as text.
  await ask(page, 'snippets.create', { draft: { title: 'Lookalike', body: LOOKALIKE, format: 'light' } });
  await ask(page, 'snippets.create', { draft: { title: 'Caret', body: CARET_BODY, format: 'light', shortcut: 'steps' } });
  await page.close();
});
test.afterAll(() => context.close());

test('the options editor previews simple formatting as elements, HTML in the text as text, and saves the format', async () => {
  const page = await context.newPage();
  await openOptions(context, page);
  await page.getByRole('button', { name: 'New snippet' }).click();
  const editor = page.getByTestId('snippet-editor');
  await editor.getByLabel('Title').fill(TYPED_TITLE);
  await editor.getByLabel(/^Text/).fill(HOSTILE);
  // Plain by default: no preview, the markers are the text.
  await expect(editor.getByTestId('snippet-format-preview')).toHaveCount(0);
  await editor.getByLabel('Simple formatting').check();
  const preview = editor.getByTestId('snippet-format-preview');
  await expect(preview.locator('strong')).toHaveText('Careful');
  await expect(preview).toContainText('<img src=x onerror="document.title=\'pwned\'">');
  await expect(preview.locator('img')).toHaveCount(0);

  await editor.getByLabel(/^Text/).fill(BODY);
  await expect(preview.locator('strong')).toHaveText('thanks for waiting');
  await expect(preview.locator('em')).toHaveText('reply');
  await expect(preview.locator('a')).toHaveCount(1);
  await expect(preview.locator('a')).toHaveAttribute('href', HREF);
  await expect(preview.locator('li')).toHaveText(['Refund', 'Replacement']);
  await expect(preview).toContainText('[bad](javascript:alert(1))');
  await editor.getByRole('button', { name: 'Save snippet' }).click();
  await expect(editor).toBeHidden();

  // Editing shows the box ticked: the format was stored.
  await page.getByTestId('snippet-table').getByRole('button', { name: TYPED_TITLE, exact: true }).click();
  await expect(page.getByTestId('snippet-editor').getByLabel(/^Text/)).toHaveValue(BODY);
  await expect(page.getByTestId('snippet-editor').getByLabel('Simple formatting')).toBeChecked();
  expect(await page.title()).not.toBe('pwned');
  await page.close();
});

async function insertFromPicker(name: string, composer: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`http://localhost/editors/${name}`);
  await expect(page.locator('html[data-fixture-ready="true"]')).toBeAttached({ timeout: 10_000 });
  await page.locator(composer).first().click();
  const frame = await sidebarFrame(page);
  const search = frame.getByTestId('snippet-search');
  await search.fill(TITLE);
  const option = frame.getByTestId('snippet-results').getByRole('option', { name: new RegExp(TITLE) });
  // The picker's preview shows the formatting too; its link is no control inside the option.
  await expect(option.locator('strong')).toHaveText('thanks for waiting');
  await expect(option.locator('a')).toHaveCount(0);
  await search.press('Enter');
  await expect(frame.getByTestId('insert-status')).toHaveText(/^Inserted into the reply box/);
  return page;
}

const structure = (page: Page) => page.evaluate(() => (window as unknown as { __structure(): unknown }).__structure());
const model = (page: Page) => page.evaluate(() => (window as unknown as { __model(): string }).__model());

type PmNode = { type: string; text?: string; marks?: { type: string; attrs?: { href?: string } }[]; content?: PmNode[] };
const pmTexts = (node: PmNode): PmNode[] => (node.type === 'text' ? [node] : (node.content ?? []).flatMap(pmTexts));
const pmMarks = (texts: PmNode[], text: string) => texts.find((node) => node.text === text)?.marks?.map((mark) => (mark.type === 'link' ? `link:${mark.attrs?.href}` : mark.type));

test('tiptap (ProseMirror): bold, italic and link marks and a bullet list in the editor’s model', async () => {
  const page = await insertFromPicker('tiptap', '.tiptap');
  const doc = (await structure(page)) as PmNode;
  const texts = pmTexts(doc);
  expect(pmMarks(texts, 'thanks for waiting')).toEqual(['bold']);
  expect(pmMarks(texts, 'reply')).toEqual(['italic']);
  expect(pmMarks(texts, 'here')).toEqual([`link:${HREF}`]);
  const list = doc.content!.find((node) => node.type === 'bulletList');
  expect(list?.content?.map((item) => pmTexts(item).map((t) => t.text).join(''))).toEqual(['Refund', 'Replacement']);
  expect(texts.flatMap((node) => node.marks ?? []).filter((mark) => mark.type === 'link')).toHaveLength(1);
  expect(texts.map((node) => node.text).join('')).toContain('[bad](javascript:alert(1))');
  expect(await model(page)).not.toContain('**');
  await page.close();
});

type CkNode = { name?: string; text?: string; attributes: Record<string, unknown>; children?: CkNode[] };
const ckTexts = (nodes: CkNode[]): CkNode[] => nodes.flatMap((node) => (node.text !== undefined ? [node] : ckTexts(node.children ?? [])));

test('CKEditor 5: bold, italic and linkHref attributes and bulleted list items in the editor’s model', async () => {
  const page = await insertFromPicker('ckeditor5-rich', '.ck-editor__editable');
  const roots = (await structure(page)) as CkNode[];
  const texts = ckTexts(roots);
  expect(texts.find((node) => node.text === 'thanks for waiting')?.attributes).toEqual({ bold: true });
  expect(texts.find((node) => node.text === 'reply')?.attributes).toEqual({ italic: true });
  expect(texts.find((node) => node.text === 'here')?.attributes).toEqual({ linkHref: HREF });
  const items = roots.filter((node) => node.attributes.listType === 'bulleted');
  expect(items.map((node) => ckTexts([node]).map((t) => t.text).join(''))).toEqual(['Refund', 'Replacement']);
  expect(texts.filter((node) => 'linkHref' in node.attributes)).toHaveLength(1);
  expect(texts.map((node) => node.text).join('')).toContain('[bad](javascript:alert(1))');
  await page.close();
});

type QuillOp = { insert: string; attributes?: { bold?: boolean; italic?: boolean; link?: string; list?: string } };

test('Quill 2: bold, italic, link and bullet list attributes in the editor’s delta', async () => {
  const page = await insertFromPicker('quill2', '.ql-editor');
  const ops = (await structure(page)) as QuillOp[];
  expect(ops.find((op) => op.insert === 'thanks for waiting')?.attributes).toEqual({ bold: true });
  expect(ops.find((op) => op.insert === 'reply')?.attributes).toEqual({ italic: true });
  expect(ops.find((op) => op.insert === 'here')?.attributes).toEqual({ link: HREF });
  expect(ops.filter((op) => op.attributes?.list === 'bullet')).toHaveLength(2);
  expect(ops.filter((op) => op.attributes?.link)).toHaveLength(1);
  expect(await model(page)).toContain('Refund\nReplacement\nNot a link: [bad](javascript:alert(1))');
  await page.close();
});

test('textarea: the plain text form, with bullets and the link’s address', async () => {
  const page = await insertFromPicker('textarea', 'textarea');
  expect(await model(page)).toBe(PLAIN);
  await page.close();
});

test('the sidebar picker previews formatting as text and elements, never as HTML', async () => {
  const page = await context.newPage();
  await page.goto('http://localhost/editors/textarea');
  await expect(page.locator('html[data-fixture-ready="true"]')).toBeAttached({ timeout: 10_000 });
  const frame = await sidebarFrame(page);
  await frame.getByTestId('snippet-search').fill('Lookalike');
  const option = frame.getByTestId('snippet-results').getByRole('option', { name: /Lookalike/ });
  await expect(option.locator('strong')).toHaveText('Careful');
  await expect(option).toContainText("<img/src=x onerror=document.title='pwned'>");
  await expect(option.locator('img')).toHaveCount(0);
  expect(await frame.evaluate(() => document.title)).not.toBe('pwned');
  await page.close();
});

test('shortcut expansion of a formatted snippet keeps its formatting in Tiptap', async () => {
  const page = await context.newPage();
  await page.goto('http://localhost/editors/tiptap');
  await expect(page.locator('html[data-fixture-ready="true"]')).toBeAttached({ timeout: 10_000 });
  await sidebarFrame(page);
  await page.locator('.tiptap').click();
  await page.keyboard.type(';fmt ');
  await expect.poll(async () => pmMarks(pmTexts((await structure(page)) as PmNode), 'thanks for waiting')).toEqual(['bold']);
  const doc = (await structure(page)) as PmNode;
  expect(pmMarks(pmTexts(doc), 'here')).toEqual([`link:${HREF}`]);
  expect(await model(page)).not.toContain(';fmt');
  await page.close();
});

// Every other editor: the formatted snippet lands exactly once (the read-back finds it, so no second technique runs), without its markers.
for (const [name, composer] of [
  ['prosemirror', '.ProseMirror'],
  ['draft', '.public-DraftEditor-content'],
  ['tinymce', 'iframe.tox-edit-area__iframe'],
  ['lexical', '[data-lexical-editor]'],
  ['slate', '[data-slate-editor]'],
  ['quill1', '.ql-editor'],
  ['contenteditable', '[contenteditable]'],
] as const) {
  test(`${name}: a formatted snippet lands once, without its markers`, async () => {
    const page = await insertFromPicker(name, composer);
    const text = await model(page);
    expect(text.split('thanks for waiting').length - 1, text).toBe(1);
    expect(text.split('Replacement').length - 1, text).toBe(1);
    expect(text).not.toContain('**');
    await page.close();
  });
}

// {{cursor}} in a formatted snippet, inserted from the picker: the caret is placed by the text the editor shows, so typing lands inside the last bullet.
for (const [name, composer] of [
  ['tiptap', '.tiptap'],
  ['quill2', '.ql-editor'],
  ['ckeditor5-rich', '.ck-editor__editable'],
] as const) {
  test(`${name}: a formatted snippet's {{cursor}} puts the caret where it was marked`, async () => {
    const page = await context.newPage();
    await page.goto(`http://localhost/editors/${name}`);
    await expect(page.locator('html[data-fixture-ready="true"]')).toBeAttached({ timeout: 10_000 });
    const frame = await sidebarFrame(page);
    await page.locator(composer).first().click();
    const search = frame.getByTestId('snippet-search');
    await search.fill('Caret');
    await search.press('Enter');
    // Reported once the insert is done, the caret placed included.
    await expect(frame.getByTestId('insert-status')).toHaveText(/^Inserted into the reply box/);
    await expect.poll(() => model(page)).toMatch(/Step one\s+Step two/);
    await page.keyboard.type('number ');
    await expect.poll(() => model(page)).toMatch(/Step one\s+Step number two/);
    expect(await model(page)).not.toContain('{{cursor}}');
    await page.close();
  });
}
