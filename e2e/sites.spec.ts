import { EXTENSION_ID, expect, serviceWorkerOf, test } from './fixtures';

test('options › Sites: a non-web address is refused with a clear message; the section lists nothing the agent did not allow', async ({ context }) => {
  await serviceWorkerOf(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${EXTENSION_ID}/options.html#sites`);
  const sites = page.getByTestId('sites');
  await expect(sites.getByRole('heading', { name: 'Other sites' })).toBeVisible();
  await expect(sites.getByRole('listitem')).toHaveCount(0);
  await sites.getByLabel('Console address').fill('chrome://settings');
  await sites.getByRole('button', { name: 'Allow Undertone here' }).click();
  await expect(sites.getByRole('alert')).toHaveText('Only http and https sites can be added');
  await expect(sites.getByRole('listitem')).toHaveCount(0);
});
