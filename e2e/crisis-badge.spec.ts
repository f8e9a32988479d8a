import { expect, receive, serviceWorkerOf, sidebarFrame, test } from './fixtures';

test('the toolbar button carries a badge in the tab where a crisis card is pinned, until it is acknowledged', async ({ context, page, server }) => {
  await page.goto(`${server.origin}/?pace=0`);
  const other = await context.newPage();
  await other.goto(`${server.origin}/?pace=0`);
  const frame = await sidebarFrame(page);
  await sidebarFrame(other);
  const worker = await serviceWorkerOf(context);
  // Both consoles are the same address; the tab that opened first is the one with the crisis.
  const [crisisTab, calmTab] = await worker.evaluate(async (origin) => (await chrome.tabs.query({ url: `${origin}/*` })).map((tab) => tab.id!).sort((a, b) => a - b), server.origin);
  const badge = (tabId: number) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  const title = (tabId: number) => worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);

  await receive(page, "I can't do this anymore. I don't want to live.");
  await expect(frame.getByTestId('crisis-card')).toBeVisible();
  await expect.poll(() => badge(crisisTab!)).toBe('!');
  await expect.poll(() => title(crisisTab!)).toBe('Undertone: a crisis card is pinned in this tab');
  expect(await badge(calmTab!)).toBe('');

  await frame.getByTestId('crisis-card').getByRole('button', { name: 'I have read this' }).click();
  await expect.poll(() => badge(crisisTab!)).toBe('');
  await expect.poll(() => title(crisisTab!)).toBe('Toggle the Undertone sidebar');
});

test('the badge goes when the page with the pinned crisis goes', async ({ page, server }) => {
  await page.goto(`${server.origin}/?pace=0`);
  const frame = await sidebarFrame(page);
  const worker = await serviceWorkerOf(page.context());
  const tabId = await worker.evaluate(async (origin) => (await chrome.tabs.query({ url: `${origin}/*` }))[0]!.id!, server.origin);
  const badge = () => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  await receive(page, "I can't do this anymore. I don't want to live.");
  await expect(frame.getByTestId('crisis-card')).toBeVisible();
  await expect.poll(badge).toBe('!');
  await page.goto('about:blank');
  await expect.poll(badge).toBe('');
});
