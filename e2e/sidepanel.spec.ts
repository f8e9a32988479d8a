import { EXTENSION_ID, expect, serviceWorkerOf, test } from './fixtures';

test('the side panel shows the same sidebar, following the console tab', async ({ context, page, demoUrl }) => {
  await page.goto(demoUrl);
  // Playwright cannot open the browser's side panel itself; the same page in a window of its own follows the same tab.
  const worker = await serviceWorkerOf(context);
  const opened = context.waitForEvent('page', (p) => p.url().includes('/sidepanel.html'));
  await worker.evaluate((url) => chrome.windows.create({ url, type: 'popup', width: 380, height: 700 }), `chrome-extension://${EXTENSION_ID}/sidepanel.html`);
  const panel = await opened;
  await expect(panel.getByTestId('console-status')).toContainText('Dana Whitfield');
  await expect(panel.getByRole('button', { name: 'Collapse Undertone' })).toHaveCount(0);

  await page.locator('[data-conversation="c-1045"]').click();
  await expect(panel.getByTestId('console-status')).toContainText('林晓');

  await panel.getByTestId('note-input').fill('Gift must arrive before Saturday');
  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(panel.getByTestId('note-list')).toContainText('before Saturday');
});
