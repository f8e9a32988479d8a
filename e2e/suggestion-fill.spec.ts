import { readFileSync } from 'node:fs';
import { EXTENSION_ID, expect, receive, sidebarFrame, test } from './fixtures';

test('a team phrasing with a fill-in asks for it under the card, then inserts the whole sentence once', async ({ context, page, server }) => {
  // The English example pack carries "In short: {{input:Summary}}. Shall I walk you through it?" for confusion.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  const packText = readFileSync('packs/undertone-essentials-en.json', 'utf8');
  const imported = await options.evaluate((text) => chrome.runtime.sendMessage({ channel: 'undertone/request', type: 'packs.importFile', input: { text } }), packText);
  expect(imported).toMatchObject({ ok: true });
  await options.close();

  await page.goto(`${server.origin}/?pace=0&clock=09:41`);
  const frame = await sidebarFrame(page);
  await receive(page, "I don't understand the difference between the two plans.");
  const suggestion = frame.getByTestId('suggestion').filter({ hasText: 'In short:' });
  await expect(suggestion).toHaveCount(1);
  // A template cannot be copied as it stands: a raw fill-in must never reach the customer.
  await expect(suggestion.getByRole('button', { name: 'Copy' })).toHaveCount(0);

  const composer = page.getByTestId('composer');
  await composer.click();
  await composer.pressSequentially('Hi, ');
  await suggestion.getByRole('button', { name: 'Insert' }).click();
  const form = frame.getByTestId('fill-in-form');
  await expect(form).toBeVisible();
  await expect(composer).toHaveValue('Hi, ');
  // Nothing goes in until the fill-in is answered.
  await expect(form.getByRole('button', { name: 'Insert' })).toBeDisabled();
  await expect(form.locator('.hint')).toContainText('Summary');
  await form.getByLabel('Summary').fill('the charge is your annual renewal');
  await form.getByRole('button', { name: 'Insert' }).click();
  await expect(form).toHaveCount(0);
  await expect(composer).toHaveValue('Hi, In short: the charge is your annual renewal. Shall I walk you through it?');
});
