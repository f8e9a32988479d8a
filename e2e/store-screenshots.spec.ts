import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pngSize } from '../scripts/store/archive-checks';
import { docScreenshot, expect, extensionPath, launchUndertone, receive, sidebarFrame, test, welcomePage } from './fixtures';

/**
 * The store listings' screenshots (docs/store/screenshots/), 1280×800 as both stores ask, written by
 * `npm run screenshots` only; this spec is left out of ordinary runs (playwright.config.ts).
 */
async function storeShot(page: Page, file: string) {
  const png = await docScreenshot(page, `store/screenshots/${file}`);
  expect(pngSize(new Uint8Array(png))).toEqual({ width: 1280, height: 800 });
}

test('store screenshots: coaching, crisis and snippets in English, coaching in 简体 and 繁體', async ({ page, server }) => {
  test.setTimeout(90_000);
  await page.goto(`${server.origin}/?pace=0&clock=09:41`);
  const frame = await sidebarFrame(page);
  await receive(page, "This is ridiculous. Third time I'm writing and nobody fixes it. I'm cancelling my account.");
  await expect(frame.getByTestId('coaching-card').getByTestId('suggestion').first()).toBeVisible();
  await page.getByTestId('composer').fill("That's our policy, calm down.");
  await expect(frame.getByTestId('draft-warnings')).toBeVisible();
  await storeShot(page, 'en-1-coaching.png');

  await frame.getByTestId('starter-offer').getByRole('button', { name: 'Add the starter library' }).click();
  await page.getByTestId('composer').fill('');
  await frame.getByTestId('snippet-search').fill('next');
  await expect(frame.getByTestId('snippet-results')).toContainText('Say what happens next');
  await storeShot(page, 'en-2-starter-snippets.png');

  await receive(page, "I can't do this anymore. I don't want to live.");
  await expect(frame.getByTestId('crisis-card')).toBeVisible();
  await storeShot(page, 'en-3-crisis.png');
  await frame.getByTestId('crisis-card').getByRole('button', { name: 'I have read this' }).click();

  for (const [language, conversation, message, file] of [
    ['zh-Hans', 'c-1045', '已经第三次联系你们了，还是没解决，气死我了！再这样我就去12315投诉，给你们差评！', 'zh-hans-coaching.png'],
    ['zh-Hant', 'c-1045', '已經第三次聯絡你們了，還是沒處理好，真的很火大！再這樣我就要取消訂閱了。', 'zh-hant-coaching.png'],
  ] as const) {
    const settings = frame.getByRole('button', { name: /^(Settings|设置|設定)$/ });
    await settings.click();
    await frame.getByTestId('settings').getByRole('combobox').first().selectOption(language);
    await settings.click();
    await page.locator(`[data-conversation="${conversation}"]`).click();
    await receive(page, message);
    await expect(frame.getByTestId('coaching-card').getByTestId('suggestion').first()).toContainText(/[\u4e00-\u9fff]/);
    await storeShot(page, file);
  }
});

test('store screenshot: the welcome page', async () => {
  const context = await launchUndertone(mkdtempSync(join(tmpdir(), 'undertone-store-shot-')), extensionPath, { keepWelcome: true });
  try {
    const welcome = await welcomePage(context);
    await welcome.setViewportSize({ width: 1280, height: 800 });
    await expect(welcome.getByTestId('welcome')).toBeVisible();
    await storeShot(welcome, 'en-4-welcome.png');
  } finally {
    await context.close();
  }
});
