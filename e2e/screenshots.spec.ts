import { expect, sidebarFrame, test } from './fixtures';

// The README's pictures come from here, never from an image editor.
test('screenshot: the sidebar docked beside the demo console', async ({ page, server }) => {
  await page.goto(`${server.origin}/?pace=0&clock=09:41`);
  const frame = await sidebarFrame(page);
  await expect(frame.getByTestId('console-status')).toBeVisible();
  await page.locator('[data-conversation="c-1043"]').click();
  await expect(frame.getByTestId('console-status')).toContainText('Marcus Obi');
  await page.getByTestId('composer').fill("I'm so sorry this is the third time. Let me fix it now.");
  await page.screenshot({ path: 'docs/sidebar-demo.png' });
});
