import { axeViolations } from './axe';
import { expect, receive, sidebarFrame, test } from './fixtures';

test('axe finds no violations in the sidebar, with every card showing, in English and in Chinese', async ({ page, server }) => {
  await page.goto(`${server.origin}/?pace=0`);
  const frame = await sidebarFrame(page);
  await receive(page, "I don't want to live anymore.");
  await receive(page, "Great. Just great. Third time I'm writing. I'll cancel.");
  await page.getByTestId('composer').click();
  await page.getByTestId('composer').pressSequentially('Calm down, that is our policy. Is there anything else?');
  await expect(frame.getByTestId('crisis-card')).toBeVisible();
  await expect(frame.getByTestId('coaching-card')).toBeVisible();
  await expect(frame.getByTestId('draft-warnings')).toBeVisible();
  await expect(frame.getByTestId('timeline')).toBeVisible();
  expect(await axeViolations(frame)).toEqual([]);

  await frame.getByRole('button', { name: 'Settings' }).click();
  expect(await axeViolations(frame)).toEqual([]);
  await frame.getByLabel('Interface language').selectOption('zh-Hant');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-TW');
  expect(await axeViolations(frame)).toEqual([]);
  await frame.getByRole('button', { name: '設定' }).click();
  expect(await axeViolations(frame)).toEqual([]);

  // Every action is reachable by keyboard with a visible focus ring.
  await frame.locator('body').focus();
  await frame.locator('body').press('Tab');
  const outline = await frame.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
