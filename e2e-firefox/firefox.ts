import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { findFirefox } from '../scripts/find-browser.mjs';

export const extensionDir = resolve('.output/firefox-mv2');

const prefs = (downloadDir: string) => ({
  // Extension errors (uncaught, and console.error from extension pages) reach the browser's stdout, where the suite reads them.
  'devtools.console.stdout.chrome': true,
  'devtools.console.stdout.content': true,
  // A temporary add-on is uninstalled when Firefox quits; reinstalled on the same profile it keeps its UUID and its
  // IndexedDB, as a permanently installed add-on would across a restart (web-ext sets the same two prefs).
  'extensions.webextensions.keepUuidOnUninstall': true,
  'extensions.webextensions.keepStorageOnUninstall': true,
  // Downloads (a backup export) go straight into a folder of the test's, with no dialog.
  'browser.download.folderList': 2,
  'browser.download.dir': downloadDir,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
});

/** Lines of Firefox's output that are the extension's own errors. Quitting may cut Dexie's pagehide handler short: harmless. */
export const isExtensionError = (line: string) =>
  /^(JavaScript error|console\.error):/.test(line) && line.includes('moz-extension://') && !line.includes('Script terminated by timeout');

export interface Undertone {
  browser: Browser;
  page: Page;
  profileDir: string;
  /** Where Firefox saves downloads. */
  downloadDir: string;
  /** Every extension error Firefox printed since launch. */
  errors: string[];
  /** Quits Firefox; an extension error seen during the run fails here. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Lets the suite script Firefox's own window (its toolbar, its sidebar) over WebDriver BiDi: the
   * `--remote-allow-system-access` flag, honoured from Firefox 148 on. Only the test driver gets that access.
   */
  systemAccess?: boolean;
  /** Grants optional permissions without the doorhanger, which WebDriver BiDi cannot answer (the agent's "Allow"). */
  grantOptionalPermissions?: boolean;
}

/**
 * Stock Firefox driven over WebDriver BiDi, with the Firefox build installed as a temporary add-on (no signing),
 * on a new profile unless one from an earlier launch is given.
 */
export async function launchUndertone(
  earlierProfile?: string,
  { systemAccess = false, grantOptionalPermissions = false }: LaunchOptions = {},
): Promise<Undertone> {
  const profileDir = earlierProfile ?? mkdtempSync(join(tmpdir(), 'undertone-firefox-'));
  const downloadDir = mkdtempSync(join(tmpdir(), 'undertone-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    protocol: 'webDriverBiDi',
    headless: true,
    userDataDir: profileDir,
    extraPrefsFirefox: { ...prefs(downloadDir), ...(grantOptionalPermissions ? { 'extensions.webextOptionalPermissionPrompts': false } : {}) },
    args: systemAccess ? ['--remote-allow-system-access'] : [],
  });
  const errors: string[] = [];
  const process = browser.process();
  let pending = '';
  // Once the browser is quitting, the background's open IndexedDB requests are aborted (InvalidStateError, seen
  // once in a clean-clone run): that is the browser going away, not something an agent could meet, so it does not count.
  let quitting = false;
  for (const stream of [process?.stdout, process?.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      const lines = (pending + String(chunk)).split('\n');
      pending = lines.pop() ?? '';
      if (!quitting) errors.push(...lines.filter(isExtensionError));
    });
  }
  await browser.installExtension(extensionDir);
  // A new profile is welcomed; the tests start elsewhere. Firefox reports each launch's temporary add-on as an install,
  // but an earlier profile was welcomed already and keeps the add-on's storage, so nothing opens there.
  if (earlierProfile === undefined) await (await poll('the welcome page', () => welcomePageOf(browser))).close();
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return {
    browser,
    page,
    profileDir,
    downloadDir,
    errors,
    async close() {
      quitting = true;
      await browser.close();
      if (errors.length > 0) throw new Error(`Undertone logged errors in Firefox:\n${errors.join('\n')}`);
    },
  };
}

const hrefOf = (target: Frame | Page) => target.evaluate(() => location.href).catch(() => '');

/** Undertone's welcome tab, if one is open. */
export async function welcomePageOf(browser: Browser): Promise<Page | undefined> {
  for (const page of await browser.pages()) if (/^moz-extension:\/\/[^/]+\/welcome\.html$/.test(await hrefOf(page))) return page;
  return undefined;
}

/**
 * Polls until `find` yields: Firefox reports a moz-extension frame's or tab's
 * url() as about:blank, and only asking each one for its location tells, so
 * there is no event to await (nor for a download's file being complete).
 */
export async function poll<T>(what: string, find: () => Promise<T | undefined>, timeout = 10_000): Promise<T> {
  for (const started = Date.now(); Date.now() - started < timeout; await new Promise((next) => setTimeout(next, 100))) {
    const found = await find();
    if (found !== undefined) return found;
  }
  throw new Error(`${what} never appeared`);
}

/** The docked sidebar's frame, once it knows whether a console is attached (from then on, new messages are news, not history). */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const frame = await poll('the sidebar frame', async () => {
    for (const frame of page.frames()) if (/^moz-extension:\/\/[^/]+\/sidebar\.html/.test(await hrefOf(frame))) return frame;
    return undefined;
  });
  await frame.waitForSelector('[data-testid="console-status"], .empty, .rail', { timeout: 10_000 });
  return frame;
}

/**
 * Types into a field of the sidebar frame. The field is clicked first: Puppeteer's
 * own focus() leaves Firefox's keyboard focus in the page, outside the frame.
 */
export async function typeInFrame(page: Page, frame: Frame, selector: string, text: string): Promise<void> {
  await frame.click(selector);
  await page.keyboard.type(text);
}

/** The demo console's customer writes `text` (as if it arrived over the wire). */
export async function receive(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => (window as unknown as { demoConsole: { receive(text: string): void } }).demoConsole.receive(t), text);
}

/**
 * An extension page in a tab of its own, opened from an extension frame:
 * Firefox refuses to navigate a tab to a moz-extension address from outside.
 */
export async function openExtensionPage(browser: Browser, from: Frame, path: string): Promise<Page> {
  await from.evaluate((p) => void window.open(p), path);
  const file = path.split('#')[0]!;
  return poll(path, async () => {
    // A tab that is closing (the welcome page, say) answers '' for its location: only extension pages are parsed.
    for (const page of await browser.pages()) {
      const href = await hrefOf(page);
      if (href.startsWith('moz-extension:') && new URL(href).pathname === file) return page;
    }
    return undefined;
  });
}

/** Waits until `selector` in `frame` has text containing `expected`, and says what it had when it never did. */
export async function waitForText(frame: Frame | Page, selector: string, expected: string, timeout = 10_000): Promise<void> {
  try {
    await frame.waitForFunction((s, e) => (document.querySelector(s)?.textContent ?? '').includes(e), { timeout }, selector, expected);
  } catch (error) {
    const had = await frame.evaluate((s) => document.querySelector(s)?.textContent ?? '(no such element)', selector);
    throw new Error(`${selector} never contained "${expected}"; it had "${had.slice(0, 300)}"`, { cause: error });
  }
}
