import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { addSnippet, openOptions, row } from './helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test('a snapshot restores a deleted snippet; the options page passes axe in every section', async ({ context, page }) => {
  await openOptions(context, page);
  await addSnippet(page, { title: 'Worth keeping', body: 'Line one\nLine two', tags: 'keep', shortcut: 'wk' });
  await page.getByPlaceholder('Search title, text, tags, shortcut…').fill('keep');
  await page.getByLabel('Select Worth keeping').check();
  expect(await violations(page)).toEqual([]);

  await page.goto(page.url().replace(/#.*$/, '') + '#backup');
  await page.getByRole('button', { name: 'Take a snapshot now' }).click();
  await expect(page.getByTestId('snapshots').getByRole('listitem').filter({ hasText: 'manual · 1 snippets' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

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
  expect(await violations(page)).toEqual([]);
});
