import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildVariant, EXTENSION_ID, expect, launchUndertone, serviceWorkerOf, test } from '../fixtures';
import { expectUnmarkedReadWith, openFixture, serveConsoleAt } from './helpers';

const SITE = 'http://desk.custom.test';
const PATTERN = `${SITE}/*`;

/**
 * A custom site reaches its page through a content script the background
 * registers at run time (`scripting.registerContentScripts`): the manifest's
 * own content script never matches it. The browser's permission prompt cannot
 * be answered from automation, so this build holds the site's permission from
 * install, as if the agent had accepted the prompt; everything after the grant
 * is the real path.
 */
test('a custom adapter for a granted site is registered as a content script and reads that site', async () => {
  const build = buildVariant((manifest) => void manifest.host_permissions.push(PATTERN));
  const context = await launchUndertone(mkdtempSync(join(tmpdir(), 'undertone-custom-site-')), build);
  try {
    const worker = await serviceWorkerOf(context);
    const registered = () =>
      worker.evaluate(async () => (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> } } }).chrome.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []));
    expect(await registered()).toEqual([]);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
    const adapter = {
      id: 'desk-custom',
      name: 'Custom desk',
      matches: [PATTERN],
      messageList: '[data-fixture-list]',
      message: '.item',
      author: { customerSelector: '.side-left', agentSelector: '.side-right', systemSelector: '.side-centre' },
      composer: 'textarea, [contenteditable]',
    };
    const imported = await options.evaluate(
      (json) =>
        (window as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime.sendMessage({
          channel: 'undertone/request',
          type: 'adapters.import',
          input: { json },
        }),
      JSON.stringify([adapter]),
    );
    expect(imported, JSON.stringify(imported)).toMatchObject({ ok: true });
    await expect.poll(registered).toEqual([PATTERN]);

    await serveConsoleAt(context, SITE, 'unmarked');
    const page = await context.newPage();
    const probe = await openFixture(page, `${SITE}/inbox`);
    await expectUnmarkedReadWith(page, probe, 'desk-custom');
  } finally {
    await context.close();
  }
});

/** Any page can frame the sidebar (it is web-accessible everywhere an agent could allow Undertone); only where Undertone runs does it come up. */
test('the sidebar framed by a page where Undertone does not run stays blank', async ({ context, page }) => {
  const framing = `<!doctype html><iframe src="chrome-extension://${EXTENSION_ID}/sidebar.html?site=x"></iframe>`;
  for (const origin of ['http://elsewhere.test', 'http://127.0.0.1:4999']) {
    await context.route(`${origin}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: framing }));
  }
  const sidebarIn = async (url: string) => {
    await page.goto(url);
    const frame = page.frames().find((f) => f.url().startsWith(`chrome-extension://${EXTENSION_ID}/sidebar.html`))!;
    await frame.waitForLoadState('domcontentloaded');
    return frame;
  };
  const elsewhere = await sidebarIn('http://elsewhere.test/');
  await expect(elsewhere.locator('body')).toBeHidden();
  expect(await elsewhere.locator('#app').innerHTML()).toBe('');

  // The same frame in a page where Undertone runs (the demo console's address) comes up.
  const allowed = await sidebarIn('http://127.0.0.1:4999/');
  await expect(allowed.locator('#app > *').first()).toBeVisible();
});
