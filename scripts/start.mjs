// npm start: build the extension, serve the demo console, open a browser with
// Undertone loaded on it. Without a display it runs headless, saves a
// screenshot, prints where, and explains how to load the extension by hand.
// What it needs (a recent Node, a browser, a free port) is checked first, and
// told in one sentence; everything else loads only after that.
import { execSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preflight } from './preflight.mjs';

const port = Number(process.env.PORT ?? 4173);
await preflight(['node', 'chromium', `port=${port}`]);
const { chromium } = await import('@playwright/test');
const { browserArgs, findBrowser } = await import('./find-browser.mjs');
const { serveStatic } = await import('./serve.mjs');

const extensionPath = resolve('.output/chrome-mv3');
execSync('npx wxt build', { stdio: 'inherit' });
execSync('npx wxt build -b firefox', { stdio: 'inherit' });

const { origin, close } = await serveStatic({ '/': 'demo' }, { port });
const demoUrl = `${origin}/`;
const headless = process.env.CI === 'true' || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux');
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'undertone-')), {
  executablePath: findBrowser(),
  headless,
  viewport: headless ? { width: 1280, height: 800 } : null,
  args: browserArgs(extensionPath),
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demoUrl);
console.log(`\nDemo console: ${demoUrl}`);

if (headless) {
  await page.locator('undertone-dock').waitFor({ state: 'attached', timeout: 10_000 });
  // The dock's shadow root is closed, so find the sidebar's frame by its URL.
  const sidebar = await new Promise((found) => {
    const check = () => {
      const frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
      if (frame) found(frame);
      else page.once('frameattached', check);
    };
    check();
  });
  await sidebar.locator('[data-testid="console-status"]').waitFor({ timeout: 10_000 });
  const shot = resolve('.output/start-screenshot.png');
  await page.screenshot({ path: shot });
  console.log(`No display here, so the browser ran headless. Screenshot: ${shot}`);
  console.log(`
To use Undertone in your own browser:
  Chrome or Edge: open chrome://extensions (edge://extensions), turn on Developer mode,
    choose "Load unpacked" and pick ${extensionPath}
  Firefox: open about:debugging#/runtime/this-firefox, choose "Load Temporary Add-on…"
    and pick ${resolve('.output/firefox-mv2/manifest.json')}
Then open the demo console (npm start serves it at ${demoUrl}) or your chat console.`);
  await context.close();
  await close();
} else {
  console.log('Close the browser window to stop.');
  context.on('close', () => void close());
}
