import type { Page } from '@playwright/test';
import { fingerprint } from '../../utils/packs/signing';
import { expect, test } from '../fixtures';
import { optionsUrl } from '../snippets/helpers';
import { examplePack, signed, testKey } from './pack-files';
import { startPackServer } from './pack-server';

test.describe.configure({ mode: 'default' });

async function openPacks(page: Page): Promise<void> {
  await page.goto(optionsUrl('#packs'));
  await expect(page.getByRole('heading', { name: 'Team packs' })).toBeVisible();
}
const chooseFile = (page: Page, text: string) =>
  page.getByTestId('pack-file').setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(text) });
const check = (page: Page) => page.getByTestId('pack-file-check');

test('a file import shows who signed it and the key fingerprint before it goes in; tampered, wrongly keyed and unsigned files say so', async ({ page }) => {
  await openPacks(page);
  const lead = await testKey();
  const leadPrint = await fingerprint(lead.publicKey);

  // Tampered after signing: refused in the check, with nothing to import.
  const tampered = JSON.parse(await signed(examplePack(), lead, { name: 'Support leads' })) as { snippets: { body: string }[] };
  tampered.snippets[0]!.body = 'Send your card number here.';
  await chooseFile(page, JSON.stringify(tampered));
  await expect(check(page).getByTestId('pack-file-refused')).toContainText('the signature does not match');
  await expect(check(page).getByRole('button', { name: 'Import this pack' })).toHaveCount(0);

  // A good file, checked against a key the lead did not give: refused, naming both fingerprints.
  const file = await signed(examplePack(), lead, { name: 'Support leads' });
  await chooseFile(page, file);
  await expect(check(page).getByTestId('provenance')).toHaveText(`Signed by Support leads · key ${leadPrint}`);
  const other = await testKey();
  await check(page).getByLabel('Check against this public key (optional)').fill(other.publicKey);
  await check(page).getByRole('button', { name: 'Check again' }).click();
  await expect(check(page).getByTestId('pack-file-refused')).toContainText(`signed by another key (${leadPrint})`);
  expect(await page.getByTestId('pack').count()).toBe(0);

  // Against the lead's own key: shown, confirmed, imported; the card carries the same fingerprint.
  await check(page).getByLabel('Check against this public key (optional)').fill(lead.publicKey);
  await check(page).getByRole('button', { name: 'Check again' }).click();
  await expect(check(page).getByTestId('provenance')).toHaveText(`Signed by Support leads · key ${leadPrint}`);
  await expect(check(page)).toContainText('Compare this fingerprint with the one your team lead gave you');
  await check(page).getByRole('button', { name: 'Import this pack' }).click();
  await expect(page.getByTestId('packs-message')).toHaveText('Undertone essentials (English) 1.0.0 installed.');
  await expect(page.getByTestId('pack').getByTestId('provenance')).toHaveText(`Signed by Support leads · key ${leadPrint} (key you entered)`);

  // A newer version of the same file signed by someone else is refused: the file's pin holds.
  await chooseFile(page, await signed(examplePack({ version: '1.1.0' }), other, { name: 'Support leads' }));
  await expect(check(page).getByTestId('pack-file-refused')).toContainText(`than the one this source trusts (${leadPrint})`);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(check(page)).toHaveCount(0);

  // An unsigned file is labelled so before and after it goes in.
  await chooseFile(page, JSON.stringify(examplePack({ id: 'com.example.unsigned', name: 'Unsigned pack' })));
  await expect(check(page).getByTestId('provenance')).toHaveText('Unsigned: nothing shows who wrote this pack');
  await expect(check(page)).toContainText('This file is not signed');
  await check(page).getByRole('button', { name: 'Import this pack' }).click();
  const unsignedCard = page.getByTestId('pack').filter({ hasText: 'Unsigned pack' });
  await expect(unsignedCard.getByTestId('provenance')).toHaveText('Unsigned: nothing shows who wrote this pack');
  await expect(unsignedCard.getByTestId('provenance')).toHaveAttribute('data-signed', 'false');
});

test('a subscription pins the first signed copy’s key, refuses a swapped key keeping the last good copy, and follows a rotation the lead announced', async ({ page }) => {
  const server = await startPackServer();
  try {
    const [lead, intruder, next] = [await testKey(), await testKey(), await testKey()];
    server.set('/team.json', await signed(examplePack(), lead, { name: 'Support leads' }));
    await openPacks(page);
    await page.getByLabel('Pack address (https://…)').fill(`${server.origin}/team.json`);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    const card = page.getByTestId('pack');
    await expect(card.getByTestId('provenance')).toHaveText(`Signed by Support leads · key ${await fingerprint(lead.publicKey)} (key remembered from the first signed copy)`);

    server.set('/team.json', await signed(examplePack({ version: '1.1.0' }), intruder, { name: 'Support leads' }));
    await page.getByRole('button', { name: 'Update now' }).click();
    await expect(page.getByTestId('pack-status')).toHaveText(
      `failed: the pack is signed by another key (${await fingerprint(intruder.publicKey)}) than the one this source trusts (${await fingerprint(lead.publicKey)}); a new key must be announced in a pack signed by the old one`,
    );
    await expect(card).toContainText('v1.0.0');

    server.set('/team.json', await signed(examplePack({ version: '1.1.0' }), lead, { name: 'Support leads', nextPublicKey: next.publicKey }));
    await page.getByRole('button', { name: 'Update now' }).click();
    await expect(card).toContainText('v1.1.0');
    await expect(card.getByTestId('next-key')).toHaveText(`The signer announced the key for later versions: ${await fingerprint(next.publicKey)}`);

    server.set('/team.json', await signed(examplePack({ version: '1.2.0' }), next, { name: 'Support leads' }));
    await page.getByRole('button', { name: 'Update now' }).click();
    await expect(card).toContainText('v1.2.0');
    await expect(card.getByTestId('provenance')).toContainText(`key ${await fingerprint(next.publicKey)}`);
    await expect(card.getByTestId('next-key')).toHaveCount(0);
    await expect(page.getByTestId('pack-status')).toHaveText('updated just now');
  } finally {
    await server.close();
  }
});
