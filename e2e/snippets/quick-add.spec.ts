import { expect, receive, sidebarFrame, test } from '../fixtures';

test('save the composer’s selection as a snippet from the sidebar, then find it in the picker', async ({ page, server }) => {
  await page.goto(`${server.origin}/?pace=0&clock=09:41`);
  const frame = await sidebarFrame(page);
  await page.locator('[data-conversation="c-1043"]').click();
  await expect(frame.getByTestId('console-status')).toContainText('Marcus Obi');
  await receive(page, 'Where is my parcel?');

  const composer = page.getByTestId('composer');
  await composer.click();
  await composer.pressSequentially('Hello Marcus,');
  await composer.press('Shift+Enter');
  await composer.pressSequentially('Your parcel left our warehouse today.');
  const quickAdd = frame.getByTestId('quick-add');
  const save = quickAdd.getByRole('button', { name: 'Save selection as snippet' });
  await expect(save).toHaveCount(0); // nothing selected yet

  await composer.press('Shift+Home');
  await save.click();
  await expect(quickAdd.getByLabel('Title')).toHaveValue('Your parcel left our warehouse today.');
  await expect(quickAdd.getByLabel('Text')).toHaveValue('Your parcel left our warehouse today.');
  await quickAdd.getByLabel('Title').fill('Parcel on its way');
  await quickAdd.getByRole('button', { name: 'Save snippet' }).click();
  await expect(quickAdd.getByRole('status')).toHaveText('Saved “Parcel on its way” to your snippets.');
  // The composer was only read: the agent's draft is as it was.
  await expect(composer).toHaveValue('Hello Marcus,\nYour parcel left our warehouse today.');

  await frame.getByTestId('snippet-search').fill('parcel');
  await expect(frame.getByTestId('snippet-results')).toContainText('Parcel on its way');

  // A collapsed selection in the composer takes the offer away.
  await composer.click();
  await composer.press('End');
  await expect(save).toHaveCount(0);
});
