import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { serveStatic } from '../scripts/serve.mjs';
import { launchUndertone, openExtensionPage, sidebarFrame, waitForText, type Undertone } from './firefox';

let firefox: Undertone;
let served: { origin: string; close(): Promise<unknown> };
let options: Page;

beforeAll(async () => {
  served = await serveStatic({ '/': 'demo' });
  firefox = await launchUndertone();
  await firefox.page.goto(`${served.origin}/?pace=0`);
  options = await openExtensionPage(firefox.browser, await sidebarFrame(firefox.page), '/options.html#packs');
});
afterAll(async () => {
  await served?.close();
  await firefox?.close();
});

test('the options page opens in its own tab and names its sections', async () => {
  await options.waitForSelector('h1');
  expect(await options.$eval('h1', (h) => h.textContent)).toBe('Undertone');
  const tabs = await options.$$eval('[role="tab"]', (found) => found.map((tab) => tab.textContent?.trim()));
  expect(tabs).toEqual(expect.arrayContaining(['Snippets', 'Team packs', 'Sites']));
});

test('a pack file imports, and its snippets reach the sidebar', async () => {
  const input = (await options.waitForSelector('[data-testid="pack-file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(resolve('packs/undertone-essentials-en.json'));
  await waitForText(options, '[data-testid="packs-message"]', 'Undertone essentials (English) 1.0.0 installed.');
  await waitForText(options, '[data-testid="pack"]', 'v1.0.0');
  const frame = await sidebarFrame(firefox.page);
  await frame.waitForFunction(() => document.querySelectorAll('[data-testid="snippet-results"] [role="option"]').length > 0, { timeout: 10_000 });
});
