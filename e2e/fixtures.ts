import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { EXTENSION_ID, extensionPath, launchUndertone } from '../scripts/browser/extension';
import { serveStatic } from '../scripts/serve.mjs';

export { EXTENSION_ID, extensionPath, launchUndertone, sidebarFrame, welcomePage } from '../scripts/browser/extension';

/**
 * A copy of the build with its manifest edited (same key, so the same id),
 * for what a test cannot set up any other way in the real browser.
 */
export function buildVariant(edit: (manifest: { permissions: string[]; host_permissions: string[] }) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'undertone-build-variant-'));
  cpSync(extensionPath, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { permissions: string[]; host_permissions: string[] };
  edit(manifest);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${EXTENSION_ID}/`)) ?? (await context.waitForEvent('serviceworker'));
}

/**
 * The README's pictures come from the specs, never from an image editor. Only
 * `npm run screenshots` writes them into docs/; other runs keep them with the
 * test's results, so a test run leaves the committed images alone.
 */
export function docScreenshot(page: Page, file: string): Promise<Buffer> {
  return page.screenshot({ path: process.env.UNDERTONE_SCREENSHOTS ? join('docs', file) : base.info().outputPath(file) });
}

/** The demo console's customer writes `text` (as if it arrived over the wire). */
export function receive(page: Page, text: string): Promise<void> {
  return page.evaluate((t) => void (window as unknown as { demoConsole: { receive(text: string): void } }).demoConsole.receive(t), text);
}

/** Stops the service worker the way Chrome does when it idles, and waits until it has stopped. */
export async function stopServiceWorker(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((done) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.includes(EXTENSION_ID) && v.runningStatus === 'stopped')) done();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

type Fixtures = { profileDir: string; context: BrowserContext; page: Page; demoUrl: string };
type WorkerFixtures = { server: { origin: string } };

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright's fixture signature
    async ({}, use) => {
      const served = await serveStatic({ '/fixtures/': 'e2e/fixtures', '/': 'demo' });
      await use(served);
      await served.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern -- Playwright's fixture signature
  profileDir: async ({}, use) => use(mkdtempSync(join(tmpdir(), 'undertone-profile-'))),
  context: async ({ profileDir }, use) => {
    const context = await launchUndertone(profileDir);
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => use(context.pages()[0] ?? (await context.newPage())),
  demoUrl: async ({ server }, use) => use(`${server.origin}/?pace=0`),
});

export const expect = test.expect;
