import { EXTENSION_ID, expect, launchUndertone, serviceWorkerOf, sidebarFrame, stopServiceWorker, test } from './fixtures';

test('notes written through the sidebar survive a service-worker restart and a browser restart', async ({ context, page, demoUrl, profileDir }) => {
  await page.goto(demoUrl);
  let frame = await sidebarFrame(page);
  await frame.getByTestId('note-input').fill('Promised a callback before 5pm about order #40211');
  await frame.getByRole('button', { name: 'Save note' }).click();
  await expect(frame.getByTestId('note-list')).toContainText('order #40211');

  // Stop the service worker as Chrome does when it idles (DevTools protocol), and wait until it has stopped.
  await stopServiceWorker(context, page);
  await page.reload();
  frame = await sidebarFrame(page);
  await expect(frame.getByTestId('note-list')).toContainText('order #40211');

  // A second note after the restart, then close and reopen the whole browser on the same profile.
  await frame.getByTestId('note-input').fill('Customer prefers email');
  await frame.getByRole('button', { name: 'Save note' }).click();
  await expect(frame.getByTestId('note-list')).toContainText('prefers email');
  await context.close();

  const reopened = await launchUndertone(profileDir);
  try {
    const again = reopened.pages()[0] ?? (await reopened.newPage());
    await again.goto(demoUrl);
    const list = (await sidebarFrame(again)).getByTestId('note-list');
    await expect(list).toContainText('order #40211');
    await expect(list).toContainText('prefers email');
    expect((await serviceWorkerOf(reopened)).url()).toContain(EXTENSION_ID);
  } finally {
    await reopened.close();
  }
});
