import { expect, serviceWorkerOf, sidebarFrame, test } from './fixtures';

test('reloading the extension with a console open: the old script cleans up and the new one attaches once', async ({ context, page, demoUrl }) => {
  await page.goto(demoUrl);
  const oldFrame = await sidebarFrame(page);
  await expect(oldFrame.getByTestId('console-status')).toBeVisible();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  const worker = await serviceWorkerOf(context);
  const stopped = new Promise((done) => worker.once('close', done));
  await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker dies mid-call
  await stopped;
  await expect.poll(() => oldFrame.isDetached()).toBe(true);

  // Without a page reload, the new content script is injected into the open console and docks a fresh sidebar.
  const frame = await sidebarFrame(page);
  await expect(frame.getByTestId('console-status')).toContainText('Undertone demo console');
  await expect(page.locator('undertone-dock')).toHaveCount(1);
  await expect(page.locator('style[data-undertone="reflow"]')).toHaveCount(1);

  // The new instance reads new messages exactly once: no orphaned reader from the old one reports twice.
  await page.evaluate(() => (window as unknown as { demoConsole: { receive(t: string): void } }).demoConsole.receive('Hello again after the update'));
  await expect(frame.getByTestId('coaching-message')).toContainText('Hello again after the update');
  const counted = await frame.evaluate(() => {
    const d = (window as unknown as { undertoneDiagnostics: { messages: number; duplicates: number; errors: string[] } }).undertoneDiagnostics;
    return { messages: d.messages, duplicates: d.duplicates, errors: d.errors };
  });
  expect(counted).toEqual({ messages: 1, duplicates: 0, errors: [] });
  expect(errors).toEqual([]);
});
