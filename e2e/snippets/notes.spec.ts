import { expect, test } from '../fixtures';
import { openOptions } from './helpers';

test('notes: quick capture, search, edit and delete on the options page', async ({ context, page }) => {
  await openOptions(context, page, '#notes');
  const input = page.getByTestId('free-note-input');
  for (const text of ['Callback promised for order #4021', '客户希望通过邮件联系']) {
    await input.fill(text);
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByTestId('all-notes')).toContainText(text);
  }
  await page.getByPlaceholder('Search notes and conversations…').fill('邮件');
  await expect(page.getByTestId('all-notes').getByRole('listitem')).toHaveCount(1);
  await page.getByPlaceholder('Search notes and conversations…').fill('');

  const callback = page.getByTestId('all-notes').getByRole('listitem').filter({ hasText: '#4021' });
  await callback.getByRole('button', { name: 'Edit' }).click();
  // While editing, the note's text is in the field, so find the field by its label.
  await page.getByLabel('Edit note').fill('Callback done for order #4021');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('all-notes')).toContainText('Callback done');
  await expect(callback).toContainText('Free note');

  await page.getByRole('button', { name: /^Delete note: 客户/ }).click();
  await expect(page.getByTestId('all-notes').getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId('all-notes').getByRole('listitem')).toHaveCount(1);
});
