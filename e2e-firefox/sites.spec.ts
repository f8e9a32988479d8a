import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { serveStatic } from '../scripts/serve.mjs';
import { launchUndertone, openExtensionPage, poll, sidebarFrame, waitForText, type Undertone } from './firefox';

type Served = { origin: string; close(): Promise<unknown> };

/**
 * Options › Sites in Firefox: the agent allows a console Undertone does not
 * know, through an optional host permission. Firefox's permission doorhanger
 * is out of WebDriver BiDi's reach, so this Firefox grants optional
 * permissions without showing it (the agent's "Allow"); the request itself,
 * made by the real button, and everything after the grant are the real path.
 * The other site is the demo console on 127.0.0.2: loopback, but a host no
 * built-in console covers (127.0.0.1 and localhost are the demo's own).
 */
let firefox: Undertone;
let demo: Served;
let other: Served;
let options: Page;

beforeAll(async () => {
  demo = await serveStatic({ '/': 'demo' });
  other = await serveStatic({ '/': 'demo' }, { host: '127.0.0.2' });
  firefox = await launchUndertone(undefined, { grantOptionalPermissions: true });
  await firefox.page.goto(`${demo.origin}/?pace=0`);
  options = await openExtensionPage(firefox.browser, await sidebarFrame(firefox.page), '/options.html#sites');
});
afterAll(async () => {
  await demo?.close();
  await other?.close();
  await firefox?.close();
});

const registeredSites = () =>
  options.evaluate(async () =>
    (
      await (globalThis as unknown as { browser: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } } }).browser.scripting.getRegisteredContentScripts()
    ).flatMap((script) => script.matches ?? []),
  );

test('a site allowed in Sites gets Undertone: the sidebar docks there and reads the page; removing the site takes it away', async () => {
  await options.waitForSelector('[data-testid="sites"] input');
  await options.type('[data-testid="sites"] input', `${other.origin}/inbox`);
  await options.click('[data-testid="sites"] button[type="submit"]');
  // Firefox's match patterns hold no port: the whole host is allowed.
  await waitForText(options, '[data-testid="sites"] ul', 'http://127.0.0.2/*');
  expect(await poll('the site registered', async () => ((await registeredSites()).length > 0 ? registeredSites() : undefined))).toEqual(['http://127.0.0.2/*']);

  const page = await firefox.browser.newPage();
  await page.goto(`${other.origin}/?pace=0`);
  const frame = await sidebarFrame(page);
  // No built-in adapter knows this host, so the generic reader reads it, and the sidebar offers to teach it the page.
  await waitForText(frame, '[data-testid="console-status"]', 'This page');
  await waitForText(frame, '[data-testid="console-status"]', 'Pick elements…');

  await options.bringToFront();
  await options.click('[data-testid="sites"] li button');
  await options.waitForFunction(() => document.querySelectorAll('[data-testid="sites"] li').length === 0, { timeout: 10_000 });
  await poll('the site unregistered', async () => ((await registeredSites()).length === 0 ? true : undefined));

  // Loaded again, the site stays untouched. Absence has no event: the demo console, loaded after it, shows its dock,
  // so by then the other site's load had passed the point where a content script is injected.
  await page.bringToFront();
  await page.reload();
  await firefox.page.reload();
  await sidebarFrame(firefox.page);
  expect(await page.evaluate(() => document.readyState)).toBe('complete');
  expect(await page.$('undertone-dock')).toBeNull();
  await page.close();
});
