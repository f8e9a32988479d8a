// npm run icons: renders the PNGs in public/icon/ from the SVG master with the
// Chromium the browser tests use (no SVG rasteriser is among the dependencies).
// Run it after editing assets/icon/icon.svg and commit what it writes.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { browserArgs, findBrowser } from '../find-browser.mjs';
import { ICON_DIR, ICON_MASTER, ICON_SIZES, ICON_STAMP, iconFile, TOOLBAR_INKS, TOOLBAR_SIZES, toolbarFile, toolbarSvg, type Ink } from './icon-set';

const master = readFileSync(ICON_MASTER, 'utf8');
const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: browserArgs('').filter((a) => !a.includes('extension')) });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  async function render(svg: string, size: number, file: string) {
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.locator('img').screenshot({ omitBackground: true });
    writeFileSync(join('public', file), png);
  }
  mkdirSync(ICON_DIR, { recursive: true });
  for (const size of ICON_SIZES) await render(master, size, iconFile(size));
  for (const ink of Object.keys(TOOLBAR_INKS) as Ink[]) for (const size of TOOLBAR_SIZES) await render(toolbarSvg(master, ink), size, toolbarFile(ink, size));
  const sha256 = createHash('sha256').update(master).digest('hex');
  writeFileSync(ICON_STAMP, `${JSON.stringify({ master: ICON_MASTER, sha256 }, null, 2)}\n`);
  console.log(`Rendered ${ICON_SIZES.length + 2 * TOOLBAR_SIZES.length} icons into ${ICON_DIR} from ${ICON_MASTER}.`);
} finally {
  await browser.close();
}
