import { docScreenshot, expect, sidebarFrame, test } from './fixtures';

test('screenshot: the sidebar docked beside the demo console', async ({ page, server }) => {
  await page.goto(`${server.origin}/?pace=0&clock=09:41`);
  const frame = await sidebarFrame(page);
  await expect(frame.getByTestId('console-status')).toBeVisible();
  await page.locator('[data-conversation="c-1043"]').click();
  await expect(frame.getByTestId('console-status')).toContainText('Marcus Obi');
  await page.getByTestId('composer').fill("I'm so sorry this is the third time. Let me fix it now.");
  await docScreenshot(page, 'sidebar-demo.png');
});
