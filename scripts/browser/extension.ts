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
 */
export async function launchUndertone(profileDir: string, extension = extensionPath): Promise<BrowserContext> {
  const preferences = join(profileDir, 'Default', 'Preferences');
  if (!existsSync(preferences)) {
    mkdirSync(dirname(preferences), { recursive: true });
    writeFileSync(preferences, JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  return chromium.launchPersistentContext(profileDir, {
    executablePath: findBrowser(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: browserArgs(extension),
  });
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
