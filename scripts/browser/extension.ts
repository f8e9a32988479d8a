import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium, expect, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { browserArgs, findBrowser } from '../find-browser.mjs';

export const extensionPath = resolve('.output/chrome-mv3');
/** Pinned by the manifest `key` in wxt.config.ts. */
export const EXTENSION_ID = 'ijnkicpkfikbgempmefpgdlogoomodmj';

/**
 * Launches the real Chromium with the built extension on a persistent profile.
 * Developer mode is switched on in the profile, as an agent loading an unpacked
 * build would have it; without it Chromium disables the extension on reload.
 * A fresh profile installs Undertone, which opens its welcome page: it is
 * closed before the context is handed over (tests start from the console),
 * unless `keepWelcome` asks for it. A reused profile opens nothing.
 * `language` (a BCP 47 tag) is the browser's language for a fresh profile:
 * its preferred languages, as chrome://settings/languages sets them, and its UI.
 */
export async function launchUndertone(profileDir: string, extension = extensionPath, { keepWelcome = false, language = '' } = {}): Promise<BrowserContext> {
  const preferences = join(profileDir, 'Default', 'Preferences');
  const fresh = !existsSync(preferences);
  if (fresh) {
    mkdirSync(dirname(preferences), { recursive: true });
    const intl = language ? { intl: { accept_languages: `${language},${language.split('-')[0]}` } } : {};
    writeFileSync(preferences, JSON.stringify({ extensions: { ui: { developer_mode: true } }, ...intl }));
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findBrowser(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [...browserArgs(extension), ...(language ? [`--lang=${language}`] : [])],
    // Playwright's test runner would otherwise emulate en-US in every page, over the profile's languages.
    ...(language ? { locale: language } : {}),
  });
  if (fresh && !keepWelcome) await (await welcomePage(context)).close();
  return context;
}

/** The tab Undertone opens on install. */
export async function welcomePage(context: BrowserContext): Promise<Page> {
  const find = () => context.pages().find((page) => page.url() === `chrome-extension://${EXTENSION_ID}/welcome.html`);
  await expect.poll(() => find() !== undefined, { timeout: 10_000, message: 'Undertone opened no welcome page on install' }).toBe(true);
  return find()!;
}

/** The sidebar's frame inside the console page (found by URL: the dock's shadow root is closed). */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const find = () => page.frames().find((f) => f.url().startsWith(`chrome-extension://${EXTENSION_ID}/sidebar.html`));
  await expect.poll(() => find() !== undefined, { timeout: 10_000, message: "the sidebar frame never appeared" }).toBe(true);
  const frame = find()!;
  await frame.waitForLoadState('domcontentloaded');
  // Ready once the sidebar knows whether a console is attached (or sits collapsed as a rail): from then on, new messages are news, not history.
  await frame.locator('[data-testid="console-status"], .empty, .rail').first().waitFor({ timeout: 10_000 });
  return frame;
}
