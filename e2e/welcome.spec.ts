import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { axeViolations } from './axe';
import { EXTENSION_ID, expect, extensionPath, launchUndertone, receive, serviceWorkerOf, sidebarFrame, test, welcomePage } from './fixtures';

const profile = () => mkdtempSync(join(tmpdir(), 'undertone-welcome-'));
const optionsUrl = `chrome-extension://${EXTENSION_ID}/options.html`;

/** Whether the profile on disk records Undertone as installed (Chromium keeps unpacked extensions in Secure Preferences). */
function installedIn(profileDir: string): boolean {
  return ['Secure Preferences', 'Preferences'].some((name) => {
    const file = join(profileDir, 'Default', name);
    return existsSync(file) && readFileSync(file, 'utf8').includes(`"${EXTENSION_ID}"`);
  });
}

/**
 * Reloads the extension from disk, as an update does, through its running service worker, and returns the new one.
 * The caller passes the worker on: the context can still list the old one for a moment after a reload.
 */
async function reloadExtension(context: BrowserContext, worker: Worker): Promise<Worker> {
  const restarted = context.waitForEvent('serviceworker', { predicate: (w) => w !== worker && w.url().includes(EXTENSION_ID) });
  await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker goes away while answering
  return restarted;
}

test('the welcome page opens on first install, and not after a restart, a reload or an update, which options mention quietly', async () => {
  test.setTimeout(60_000);
  // A copy of the build, so the "update" below can raise its version on disk.
  const build = mkdtempSync(join(tmpdir(), 'undertone-welcome-build-'));
  cpSync(extensionPath, build, { recursive: true });
  const dir = profile();

  let context = await launchUndertone(dir, build, { keepWelcome: true });
  const welcome = await welcomePage(context);
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Undertone');
  // Chromium writes its record of installed extensions a moment later; closed before that, the next launch would be a first install again.
  await expect.poll(() => installedIn(dir), { timeout: 15_000 }).toBe(true);
  await context.close();

  context = await launchUndertone(dir, build);
  try {
    const reloaded = await reloadExtension(context, await serviceWorkerOf(context)); // the same version again: a developer's reload
    const manifestPath = join(build, 'manifest.json');
    writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), version: '0.2.1' }));
    await reloadExtension(context, reloaded);

    const options = await context.newPage();
    await options.goto(optionsUrl);
    // The what's-new line is written by the update's install event, after the reload's: both have been handled by now.
    const line = options.getByTestId('whats-new');
    await expect(line).toContainText('Undertone was updated to 0.2.1');
    expect(context.pages().map((page) => page.url()).filter((url) => url.endsWith('/welcome.html'))).toEqual([]);

    await line.getByRole('button', { name: 'Got it' }).click();
    await expect(line).toHaveCount(0);
    await options.reload();
    await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(options.getByTestId('whats-new')).toHaveCount(0);
    // Reachable later from options.
    await options.getByTestId('welcome-link').click();
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Welcome to Undertone');
  } finally {
    await context.close();
  }
});

/** A fresh install's welcome page, in the browser language given ('' for the default, English), closed with its browser afterwards. */
async function onWelcome(language: string, run: (welcome: Page, context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await launchUndertone(profile(), extensionPath, { keepWelcome: true, language });
  try {
    await run(await welcomePage(context), context);
  } finally {
    await context.close();
  }
}

/** The demo console in a new tab of the same browser, and its sidebar. */
async function demoSidebar(context: BrowserContext, origin: string) {
  const page = await context.newPage();
  await page.goto(`${origin}/?pace=0`);
  return { page, frame: await sidebarFrame(page) };
}

for (const [lang, heading, htmlLang] of [
  ['zh-CN', '欢迎使用 Undertone', 'zh-CN'],
  ['zh-TW', '歡迎使用 Undertone', 'zh-TW'],
] as const) {
  test(`the welcome page speaks the browser's language (${lang})`, () =>
    onWelcome(lang, async (welcome) => {
      await expect(welcome.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(welcome.locator('html')).toHaveAttribute('lang', htmlLang);
    }));
}

test('axe finds no violations on the welcome page in English, 简体 and 繁體', () =>
  onWelcome('', async (welcome) => {
    await expect(welcome.getByTestId('welcome')).toBeVisible();
    expect(await axeViolations(welcome)).toEqual([]);
    // The first setting is the interface language, whose label changes language with it.
    const language = welcome.getByRole('combobox').first();
    for (const [code, heading] of [['zh-Hans', '欢迎使用 Undertone'], ['zh-Hant', '歡迎使用 Undertone']] as const) {
      await language.selectOption(code);
      await expect(welcome.getByRole('heading', { level: 1 })).toHaveText(heading);
      expect(await axeViolations(welcome)).toEqual([]);
    }
  }));

test('a region chosen on the welcome page shows on the next crisis card', ({ server }) =>
  onWelcome('', async (welcome, context) => {
    await welcome.getByLabel('Crisis hotlines for').selectOption('GB');
    await expect(welcome.getByLabel('Crisis hotlines for')).toHaveValue('GB');
    const { page, frame } = await demoSidebar(context, server.origin);
    await receive(page, "I can't do this anymore. I don't want to live.");
    const crisis = frame.getByTestId('crisis-card');
    await expect(crisis).toContainText('Samaritans');
    await expect(crisis).toContainText('116 123');
    await expect(crisis).not.toContainText('988');
  }));

test('adding the starter library on the welcome page fills the snippet picker', ({ server }) =>
  onWelcome('', async (welcome, context) => {
    await welcome.getByRole('button', { name: 'Add the starter library' }).click();
    await expect(welcome.getByTestId('starter-offer').getByRole('status')).toHaveText('The starter library is in your snippets.');
    const { frame } = await demoSidebar(context, server.origin);
    await frame.getByTestId('snippet-search').fill('frustrating');
    await expect(frame.getByTestId('snippet-results')).toContainText('Acknowledge the frustration');
    await expect(frame.getByTestId('starter-offer')).toHaveCount(0);
  }));

test('the empty snippet picker offers the starter library in the UI language, and adding it fills the picker', async ({ page, server }) => {
  await page.goto(`${server.origin}/?pace=0`);
  const frame = await sidebarFrame(page);
  const offer = frame.getByTestId('starter-offer');
  await offer.getByRole('button', { name: 'Add the starter library' }).click();
  await frame.getByTestId('snippet-search').fill('outcome');
  await expect(frame.getByTestId('snippet-results')).toContainText('Ask about the outcome');
  await expect(offer).toHaveCount(0);
});

test('options › Packs adds a starter pack in any language, labels it built in, and removes it like any pack', async ({ context }) => {
  const options = await context.newPage();
  await options.goto(`${optionsUrl}#packs`);
  const starter = options.getByTestId('starter-library');
  await starter.getByRole('button', { name: 'Add 繁體中文' }).click();
  const pack = options.getByTestId('pack').filter({ hasText: 'Undertone 入門話術庫（繁體中文）' });
  await expect(pack).toContainText('Built into Undertone');
  await expect(starter).toContainText('繁體中文: added');
  await pack.getByRole('button', { name: 'Remove' }).click();
  await expect(pack).toHaveCount(0);
  await expect(starter.getByRole('button', { name: 'Add 繁體中文' })).toBeVisible();
});
