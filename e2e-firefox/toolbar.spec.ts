import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { serveStatic } from '../scripts/serve.mjs';
import { chromeWindow } from './chrome-window';
import { launchUndertone, openExtensionPage, poll, receive, sidebarFrame, waitForText, type Undertone } from './firefox';

/**
 * The browser's own controls, for real: Undertone's button in Firefox's
 * toolbar, its keyboard command, Firefox's shortcut page and Firefox's sidebar
 * (sidebar_action). The toolbar and the sidebar are Firefox's own window, which
 * the suite scripts over WebDriver BiDi's privileged scope. Exercised: the
 * button's own click handler (a user action, so Firefox lets it open the
 * sidebar), Firefox's shortcut handling and the background's command listener,
 * the page's own key listener. Not exercised: the agent pinning the button
 * through the Extensions menu (the test pins it the way that menu does), and a
 * hardware keyboard (the keys start in Firefox's input layer, above the OS).
 */
let firefox: Undertone;
let served: { origin: string; close(): Promise<unknown> };
let frame: Frame;
let window: Awaited<ReturnType<typeof chromeWindow>>;
/** An extension page of Undertone's own, with every API: it hears Firefox's commands and reads the sidebar's page. */
let extensionPage: Page;

type Api = { browser: { commands: { getAll(): Promise<{ name: string; shortcut?: string }[]>; onCommand: { addListener(l: (name: string) => void): void } } } };
const heard = () => extensionPage.evaluate(() => (globalThis as unknown as { heardCommands: string[] }).heardCommands);

beforeAll(async () => {
  served = await serveStatic({ '/': 'demo' });
  firefox = await launchUndertone(undefined, { systemAccess: true });
  await firefox.page.goto(`${served.origin}/?pace=0`);
  frame = await sidebarFrame(firefox.page);
  await waitForText(frame, '[data-testid="console-status"]', 'Dana Whitfield');
  window = await chromeWindow(firefox.browser);
  extensionPage = await openExtensionPage(firefox.browser, frame, '/options.html');
  // Listens beside the background's own listener, in the background page (MV2's background is a page an extension page can reach).
  await extensionPage.evaluate(async () => {
    const scope = globalThis as unknown as Api & { heardCommands: string[]; browser: { runtime: { getBackgroundPage(): Promise<Api> } } };
    scope.heardCommands = [];
    const background = await scope.browser.runtime.getBackgroundPage();
    background.browser.commands.onCommand.addListener((name) => scope.heardCommands.push(name));
  });
  // The console is the tab the agent looks at: the button and the command act on the active tab.
  await firefox.page.bringToFront();
});
afterAll(async () => {
  await served?.close();
  await firefox?.close();
});

const dockCollapsed = (collapsed: boolean) =>
  firefox.page.waitForFunction((c) => document.querySelector('undertone-dock')?.hasAttribute('collapsed') === c, { timeout: 10_000 }, collapsed);

test("the toolbar button, clicked in Firefox's toolbar, collapses the docked sidebar and brings it back", async () => {
  await window.clickToolbarButton();
  await dockCollapsed(true);
  await window.clickToolbarButton();
  await dockCollapsed(false);
});

test('the keyboard command is bound to Alt+Shift+U; pressed where the page cannot hear it, Firefox runs it and the sidebar toggles', async () => {
  const bound = await extensionPage.evaluate(async () => (await (globalThis as unknown as Api).browser.commands.getAll()).map((c) => `${c.name} ${c.shortcut}`));
  expect(bound).toEqual(['toggle-sidebar Alt+Shift+U']);

  // In the address bar the page hears nothing: only Firefox's command can toggle the sidebar.
  await window.pressAltShift('U', 'address bar');
  await dockCollapsed(true);
  expect(await poll('the command, heard in the background', async () => ((await heard()).length > 0 ? heard() : undefined))).toEqual(['toggle-sidebar']);

  // In the reply box the page's script hears the keys first and keeps them from Firefox: the sidebar toggles once, and no command runs.
  await firefox.page.click('[data-testid="composer"]');
  await window.pressAltShift('U', 'page');
  await dockCollapsed(false);
  expect(await heard()).toEqual(['toggle-sidebar']);
});

test("the settings' Change in the browser opens Firefox's own page for extension shortcuts", async () => {
  await frame.click('button[aria-label="Settings"]');
  await waitForText(frame, '[data-testid="settings"]', 'Show or hide the sidebar: Alt+Shift+U');
  const [button] = await frame.$$('xpath/.//button[normalize-space()="Change in the browser"]');
  await button!.click();
  // The Add-ons Manager runs in Firefox's own process, so the browser window can read which view its tab shows: Undertone's shortcuts.
  const view = `gBrowser.browsers.find((b) => b.currentURI.spec === 'about:addons')?.contentWindow?.gViewController?.currentViewId ?? ''`;
  let shown = '';
  await poll('the shortcut page', async () => ((shown = await window.evaluate<string>(view)) === 'addons://shortcuts/undertone%40undertone.dev' ? true : undefined)).catch((error: Error) => {
    throw new Error(`${error.message}: the Add-ons Manager showed "${shown}"`);
  });
  await window.evaluate(`gBrowser.removeTab(gBrowser.getTabForBrowser(gBrowser.browsers.find((b) => b.currentURI.spec === 'about:addons')))`);
  await firefox.page.bringToFront();
  await frame.click('button[aria-label="Settings"]');
  await frame.waitForSelector('[data-testid="settings"]', { hidden: true });
});

test("Firefox's own sidebar: chosen in the settings, the toolbar button opens it; it reads the active console and coaches", async () => {
  await frame.click('button[aria-label="Settings"]');
  await frame.waitForSelector('[data-testid="settings"]');
  await frame.click('input[name="dock"][value="sidepanel"]');
  // The docked sidebar steps aside for the browser's.
  await firefox.page.waitForFunction(() => document.querySelector<HTMLElement>('undertone-dock')?.hidden === true, { timeout: 10_000 });

  await window.clickToolbarButton();
  await poll("Undertone in Firefox's sidebar", async () => ((await window.openSidebar()) === window.sidebarId ? true : undefined));
  const inSidebar = (selector: string) =>
    extensionPage.evaluate(
      (s) =>
        (globalThis as unknown as { browser: { extension: { getViews(o: { type: string }): Window[] } } }).browser.extension
          .getViews({ type: 'sidebar' })[0]
          ?.document.querySelector(s)?.textContent ?? '',
      selector,
    );
  const sidebarShows = (selector: string, text: string) =>
    poll(`"${text}" in the sidebar's ${selector}`, async () => ((await inSidebar(selector)).includes(text) ? true : undefined));
  await sidebarShows('[data-testid="console-status"]', 'Dana Whitfield');

  const message = "This is the third time I'm asking and nobody has answered. I want a refund now.";
  await receive(firefox.page, message);
  await sidebarShows('[data-testid="coaching-message"]', message);

  await window.clickToolbarButton();
  await poll("Firefox's sidebar closed", async () => ((await window.openSidebar()) === '' ? true : undefined));
});
