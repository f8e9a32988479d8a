import type { BrowserContext, Page } from '@playwright/test';
import { EXTENSION_ID, expect } from '../fixtures';

export const optionsUrl = (hash = '') => `chrome-extension://${EXTENSION_ID}/options.html${hash}`;

/** Opens the options page (its first request wakes the service worker). */
export async function openOptions(_context: BrowserContext, page: Page, hash = ''): Promise<void> {
  await page.goto(optionsUrl(hash));
  await expect(page.getByRole('heading', { name: 'Undertone' })).toBeVisible();
}

export async function addSnippet(page: Page, fields: { title: string; body: string; tags?: string; shortcut?: string }): Promise<void> {
  await page.getByRole('button', { name: 'New snippet' }).click();
  const editor = page.getByTestId('snippet-editor');
  await editor.getByLabel('Title').fill(fields.title);
  await editor.getByLabel(/^Text/).fill(fields.body);
  if (fields.tags) await editor.getByLabel(/^Tags/).fill(fields.tags);
  if (fields.shortcut) await editor.getByLabel(/^Shortcut/).fill(fields.shortcut);
  await editor.getByRole('button', { name: 'Save snippet' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByTestId('snippet-table').getByRole('button', { name: fields.title, exact: true })).toBeVisible();
}

/** A snippet row, found by its title. */
export const row = (page: Page, title: string) => page.getByTestId('snippet-row').filter({ has: page.getByRole('button', { name: title, exact: true }) });
