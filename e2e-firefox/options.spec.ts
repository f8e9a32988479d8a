import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { serveStatic } from '../scripts/serve.mjs';
import { launchUndertone, openExtensionPage, poll, sidebarFrame, waitForText, type Undertone } from './firefox';

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
  // The file is checked first and its signer shown; it goes in when the agent confirms.
  const confirm = await options.waitForSelector('[data-testid="pack-file-check"] button.primary');
  await confirm!.click();
  await waitForText(options, '[data-testid="packs-message"]', 'Undertone essentials (English) 1.0.0 installed.');
  await waitForText(options, '[data-testid="pack"]', 'v1.0.0');
  const frame = await sidebarFrame(firefox.page);
  await frame.waitForFunction(() => document.querySelectorAll('[data-testid="snippet-results"] [role="option"]').length > 0, { timeout: 10_000 });
});

test('the authoring form opens the installed pack, edits a phrasing through its form and exports the next version', async () => {
  await options.click('[data-testid="authoring"] > summary');
  await options.select('[data-testid="authoring-installed"]', 'dev.undertone.essentials-en');
  await options.click('[data-testid="authoring-open-installed"]');
  await waitForText(options, '[data-testid="authoring"] [role="status"]', 'Opened Undertone essentials (English) 1.0.0');
  await options.click('[data-testid="authoring-coaching"] [data-testid="authoring-item"] > summary');
  const phrasing = 'I hear you, and I am sorting this out right now.';
  await options.locator('[data-testid="authoring-coaching"] [data-field="text"] textarea').fill(phrasing);
  await options.click('::-p-text(Bump patch)');
  await options.locator('[data-testid="authoring-changes"]').fill('Warmer first reply');
  await options.click('::-p-text(Export pack)');
  await waitForText(options, '[data-testid="authoring"] [role="status"]', 'Pack exported unsigned');
  const file = join(firefox.downloadDir, 'dev.undertone.essentials-en-1.0.1.json');
  const exported = await poll('the exported pack', async () => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as { id: string; version: string; coaching: { text: string }[]; changelog: { version: string; changes: string[] }[] };
    } catch {
      return undefined;
    }
  });
  expect(exported).toMatchObject({ id: 'dev.undertone.essentials-en', version: '1.0.1' });
  expect(exported.coaching[0]!.text).toBe(phrasing);
  expect(exported.changelog[0]).toMatchObject({ version: '1.0.1', changes: ['Warmer first reply'] });
});

const show = (section: string, page = options) => page.evaluate((hash) => void (location.hash = hash), `#${section}`);
const exportHint = '[aria-labelledby="export-heading"] .hint';

/** Asks the background as the options page does, through the one request protocol. */
const ask = (page: Page, type: string, input: object) =>
  page.evaluate(
    (t, i) =>
      (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown }> } } }).browser.runtime.sendMessage({
        channel: 'undertone/request',
        type: t,
        input: i,
      }),
    type,
    input,
  );

/** Imports a backup file from the options page's Backup section, through its preview. */
async function importBackup(page: Page, file: string, name: string): Promise<void> {
  const input = (await page.waitForSelector('[data-testid="import-file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
  // The preview appears once the file is read and checked: wait for its button rather than clicking too early.
  const apply = await page.waitForSelector('[data-testid="import-preview"] button.primary');
  await apply!.click();
  await waitForText(page, '[data-testid="backup-message"]', `Imported ${name}`);
}

const snippet = { title: 'Refund steps', body: 'The refund reaches your card within five working days.', shortcut: 'refundsteps' };

test('backup: the library exports to a file; after an erase that file imports it all back, and into a fresh profile too', async () => {
  expect(await ask(options, 'snippets.create', { draft: snippet })).toMatchObject({ ok: true });
  await show('notes');
  await options.waitForSelector('[data-testid="free-note-input"]');
  await options.type('[data-testid="free-note-input"]', 'A note to back up');
  await options.click('::-p-text(Save note)');
  await waitForText(options, '[data-testid="all-notes"]', 'A note to back up');

  await show('backup');
  await waitForText(options, exportHint, '1 notes');
  const counts = (await options.$eval(exportHint, (hint) => hint.textContent ?? '')).match(/your \d+ snippets, \d+ notes/)?.[0];
  expect(counts, 'the export card counts the library').toBeDefined();
  await options.click('::-p-text(Export library)');
  await waitForText(options, '[data-testid="backup-message"]', 'Exported to undertone-backup-');
  const name = (await options.$eval('[data-testid="backup-message"]', (m) => m.textContent ?? '')).match(/undertone-backup-[\d-]+\.json/)![0];
  // Firefox writes the download under a temporary name and renames it when complete: the file parses once it is all there.
  const file = join(firefox.downloadDir, name);
  const exported = await poll(`the download ${name}`, async () => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as { tables: { notes: { text: string }[] } };
    } catch {
      return undefined;
    }
  });
  expect(exported.tables.notes.map((note) => note.text)).toEqual(['A note to back up']);

  await options.type('[data-testid="erase-confirm"]', 'erase');
  await options.click('::-p-text(Erase library)');
  await waitForText(options, exportHint, 'your 0 snippets, 0 notes');

  await importBackup(options, file, name);
  await waitForText(options, exportHint, counts!);
  await show('notes');
  await waitForText(options, '[data-testid="all-notes"]', 'A note to back up');

  // A new profile, as on the agent's next computer: the same file brings the note and the snippet there.
  const fresh = await launchUndertone();
  try {
    await fresh.page.goto(`${served.origin}/?pace=0`);
    const there = await openExtensionPage(fresh.browser, await sidebarFrame(fresh.page), '/options.html#backup');
    expect(await ask(there, 'snippets.byShortcut', { shortcut: snippet.shortcut })).toEqual({ ok: true, value: [] });
    await importBackup(there, file, name);
    await waitForText(there, exportHint, counts!);
    expect(await ask(there, 'snippets.byShortcut', { shortcut: snippet.shortcut })).toMatchObject({ ok: true, value: [{ title: snippet.title, body: snippet.body }] });
    await show('notes', there);
    await waitForText(there, '[data-testid="all-notes"]', 'A note to back up');
  } finally {
    await fresh.close();
  }
});

test('the People tab lists the customer the sidebar remembered, and forgetting them there empties it', async () => {
  // Each page is brought to the front before it is waited on: a background tab gets no animation frames to poll on.
  await firefox.page.bringToFront();
  const frame = await sidebarFrame(firefox.page);
  await (await frame.waitForSelector('[data-testid="memory-yes"]'))!.click();
  await (await frame.waitForSelector('[data-testid="customer"] [data-testid="remember-phrase"]'))!.click();
  await waitForText(frame, '[data-testid="customer"] [data-testid="memories"]', '#40211');

  // The tab reads what memory holds when it opens (the page was on another section until now).
  await options.bringToFront();
  await show('people');
  await waitForText(options, '[data-testid="remembered"]', 'Dana Whitfield');
  await waitForText(options, '[data-testid="remembered"]', '#40211');
  await options.click('[data-testid="forget-customer"]');
  await waitForText(options, '[data-testid="people-section"]', 'No customer is remembered yet');
});
