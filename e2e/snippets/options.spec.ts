import { expect, test } from '../fixtures';
import { addSnippet, openOptions, row } from './helpers';

test('snippets: create, edit, search, bulk tag, multi-select delete with undo', async ({ context, page }) => {
  await openOptions(context, page);
  await addSnippet(page, { title: 'Refund approved', body: 'Hi {{customer.name}},\nyour refund is on its way.', tags: 'billing', shortcut: 'RA' });
  await addSnippet(page, { title: 'Apology for the delay', body: 'I am sorry this took so long.' });
  await addSnippet(page, { title: '退款申请已提交', body: '您的退款申请已经提交，请耐心等待。', tags: '退款' });
  await expect(row(page, 'Refund approved')).toContainText('ra');
  await expect(row(page, 'Refund approved')).toContainText('billing');

  // Edit keeps the line break and updates the row.
  await page.getByRole('button', { name: 'Apology for the delay', exact: true }).click();
  const editor = page.getByTestId('snippet-editor');
  await expect(editor.getByLabel(/^Text/)).toHaveValue('I am sorry this took so long.');
  await editor.getByLabel('Title').fill('Apology: delay');
  await editor.getByRole('button', { name: 'Save snippet' }).click();
  await expect(row(page, 'Apology: delay')).toBeVisible();

  // A taken shortcut and HTML in a body are refused with a clear error; nothing is added.
  await page.getByRole('button', { name: 'New snippet' }).click();
  await editor.getByLabel('Title').fill('Sneaky');
  await editor.getByLabel(/^Text/).fill('<img src=x onerror=alert(1)>');
  await editor.getByRole('button', { name: 'Save snippet' }).click();
  await expect(page.getByRole('alert')).toContainText('at draft.body: the body contains an HTML tag');
  await editor.getByLabel(/^Text/).fill('fine');
  await editor.getByLabel(/^Shortcut/).fill('ra');
  await editor.getByRole('button', { name: 'Save snippet' }).click();
  await expect(page.getByRole('alert')).toContainText('The shortcut "ra" is already used by "Refund approved"');
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('snippet-row')).toHaveCount(3);

  // Search: Chinese by a word inside a run, Latin with a typo.
  const search = page.getByPlaceholder('Search title, text, tags, shortcut…');
  await search.fill('退款');
  await expect(page.getByTestId('snippet-row')).toHaveCount(1);
  await search.fill('refnud');
  await expect(page.getByTestId('snippet-row')).toHaveCount(1);
  await expect(row(page, 'Refund approved')).toBeVisible();
  await search.fill('');

  // Bulk tag two snippets.
  await page.getByLabel('Select Refund approved').check();
  await page.getByLabel('Select Apology: delay').check();
  await page.getByRole('group', { name: 'Selected snippets' }).getByPlaceholder('Tag').fill('vip');
  await page.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('status')).toContainText('Tagged 2 snippets');
  await expect(row(page, 'Refund approved')).toContainText('vip');
  await expect(row(page, 'Apology: delay')).toContainText('vip');
  await expect(row(page, '退款申请已提交')).not.toContainText('vip');

  // Delete both, then undo: they come back exactly, tags and all.
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted 2 snippets');
  await expect(page.getByTestId('snippet-row')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toContainText('Restored 2 snippets');
  await expect(page.getByTestId('snippet-row')).toHaveCount(3);
  await expect(row(page, 'Refund approved')).toContainText('vip');

  // Survives a reload (it is stored, not just shown).
  await page.reload();
  await expect(page.getByTestId('snippet-row')).toHaveCount(3);
});

test('the picker asks for fill-ins, inserts as text, and puts several snippets in one reply', async ({ context, page }) => {
  await openOptions(context, page);
  await addSnippet(page, { title: 'Order follow-up', body: 'Hi {{customer.name}}, order {{input:Order number}} gets a {{choice:refund|replacement}}.' });
  await addSnippet(page, { title: 'Sign-off', body: ' Thanks, {{agent.name}}' });
  await addSnippet(page, { title: 'Markup lookalike', body: 'Type 1 < 2 & "quotes" {{ not code }}' });

  const search = page.getByTestId('snippet-search');
  await search.fill('order');
  await search.press('Enter');
  const form = page.getByTestId('fill-in-form');
  await expect(form.getByRole('heading')).toHaveText('Fill in: Order follow-up');
  await expect(form.getByRole('button', { name: 'Insert' })).toBeDisabled();
  await form.getByLabel('Customer name').fill('Ana');
  await form.getByLabel('Order number').fill('#4021');
  await form.getByLabel('replacement').check();
  await form.getByRole('button', { name: 'Insert' }).click();
  await expect(page.getByTestId('scratch-reply')).toHaveValue('Hi Ana, order #4021 gets a replacement.');

  await search.fill('sign');
  await search.press('Enter');
  await form.getByLabel('Your name').fill('Li');
  await form.getByLabel('Your name').press('Enter');
  await expect(page.getByTestId('scratch-reply')).toHaveValue('Hi Ana, order #4021 gets a replacement. Thanks, Li');

  // An unknown placeholder is asked for, never evaluated or inserted raw.
  await search.fill('lookalike');
  await search.press('Enter');
  await form.getByLabel('not code').fill('x');
  await form.getByRole('button', { name: 'Insert' }).click();
  await expect(page.getByTestId('scratch-reply')).toHaveValue('Hi Ana, order #4021 gets a replacement. Thanks, LiType 1 < 2 & "quotes" x');
});

test('the expansion trigger refuses Tab, Ctrl+Space and IME keys, and keeps a safe chord', async ({ context, page }) => {
  await openOptions(context, page);
  await page.getByText(/^Shortcut expansion: ;shortcut then Space/).click();
  await page.getByLabel('A key chord after the shortcut').check();
  const chord = page.getByLabel('Press the chord');
  await expect(chord).toHaveValue('Alt+Period');
  await chord.press('Control+Space');
  await expect(page.getByRole('status').filter({ hasText: 'Ctrl+Space switches the Chinese input method' })).toBeVisible();
  await chord.press('Shift+Space');
  await expect(page.getByRole('status').filter({ hasText: 'full/half width' })).toBeVisible();
  await chord.press('Alt+KeyJ');
  await expect(chord).toHaveValue('Alt+J');
  await page.reload();
  await expect(page.getByText('Shortcut expansion: Alt+J')).toBeVisible();
});
