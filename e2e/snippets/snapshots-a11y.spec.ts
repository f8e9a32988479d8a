import { axeViolations } from '../axe';
import { expect, test } from '../fixtures';
import { addSnippet, openOptions, row } from './helpers';

test('a snapshot restores a deleted snippet; the options page passes axe in every section', async ({ context, page }) => {
  await openOptions(context, page);
  await addSnippet(page, { title: 'Worth keeping', body: 'Line one\nLine two', tags: 'keep', shortcut: 'wk' });
  await page.getByPlaceholder('Search title, text, tags, shortcut…').fill('keep');
  await page.getByLabel('Select Worth keeping').check();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(page.url().replace(/#.*$/, '') + '#backup');
  await page.getByRole('button', { name: 'Take a snapshot now' }).click();
  await expect(page.getByTestId('snapshots').getByRole('listitem').filter({ hasText: 'manual · 1 snippets' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(page.url().replace(/#.*$/, '') + '#snippets');
  await page.getByLabel('Select Worth keeping').check();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(page.getByTestId('snippet-row')).toHaveCount(0);

  await page.goto(page.url().replace(/#.*$/, '') + '#backup');
  const manual = page.getByTestId('snapshots').getByRole('listitem').filter({ hasText: 'manual · 1 snippets' });
  await manual.getByRole('button', { name: 'Restore…' }).click();
  await manual.getByRole('button', { name: 'Replace library with this snapshot' }).click();
  await expect(page.getByTestId('backup-message')).toContainText('Restored the snapshot: snippets: 1 added');

  await page.goto(page.url().replace(/#.*$/, '') + '#snippets');
  await expect(row(page, 'Worth keeping')).toContainText('wk');
  await page.goto(page.url().replace(/#.*$/, '') + '#notes');
  expect(await axeViolations(page)).toEqual([]);
});
