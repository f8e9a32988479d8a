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

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** Sends one typed request as an Undertone page does; `page` must be one of Undertone's own pages. */
export function request<T>(page: Page, type: string, input: unknown): Promise<Reply<T>> {
  return page.evaluate(
    ({ type, input }) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime;
      return runtime.sendMessage({ channel: 'undertone/request', type, input });
    },
    { type, input },
  ) as Promise<Reply<T>>;
}

/** As request(), for a request that must succeed. */
export async function ask<T>(page: Page, type: string, input: unknown): Promise<T> {
  const reply = await request<T>(page, type, input);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
