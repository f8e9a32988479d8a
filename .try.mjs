import puppeteer from 'puppeteer-core';
import { serveStatic } from '/work/wt-firefox/scripts/serve.mjs';
import { mkdtempSync } from 'node:fs';
const dir = (await import("node:path")).resolve(process.argv[2]);
const served = await serveStatic({ '/': '/work/wt-firefox/demo' });
const t0 = Date.now();
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', protocol: 'webDriverBiDi', headless: true,
  userDataDir: mkdtempSync('/tmp/exp/prof-'),
  extraPrefsFirefox: { 'devtools.console.stdout.chrome': true }, dumpio: !!process.env.DUMP });
console.log('launched', Date.now() - t0);
const id = await browser.installExtension(dir);
console.log('installed', id, Date.now() - t0);
const page = (await browser.pages())[0];
await page.goto(`${served.origin}/?pace=0`);
for (let i = 0; i < 40; i++) {
  const hrefs = await Promise.all(page.frames().map((f) => f.evaluate(() => location.href).catch((e) => 'ERR ' + e.message)));
  if (hrefs.some((h) => h.startsWith('moz-extension'))) { console.log('frames', hrefs); break; }
  await new Promise((r) => setTimeout(r, 250));
}
const frame = (await Promise.all(page.frames().map(async (f) => [f, await f.evaluate(() => location.href).catch(() => '')]))).find(([, h]) => h.startsWith('moz-extension'))?.[0];
if (frame) {
  console.log(await frame.evaluate(() => ({ body: document.body.innerText.slice(0, 300), hasPerm: typeof browser.permissions, hasTabs: typeof browser.tabs, m: browser.runtime.getManifest().manifest_version })));
} else console.log('no sidebar frame');
console.log('total', Date.now() - t0);
await browser.close(); await served.close();
