import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readPack } from '../../utils/packs/read';
import { fingerprint } from '../../utils/packs/signing';
import { expect, test } from '../fixtures';
import { optionsUrl } from '../snippets/helpers';
import { examplePack, nextVersion, signed, testKey } from './pack-files';
import { startPackServer } from './pack-server';

// One browser after another in one worker: the tests share a pack server's port range and the example key.
test.describe.configure({ mode: 'default' });

async function openPacks(page: Page): Promise<void> {
  await page.goto(optionsUrl('#packs'));
  await expect(page.getByRole('heading', { name: 'Team packs' })).toBeVisible();
}

const packCard = (page: Page) => page.getByTestId('pack');
const status = (page: Page) => page.getByTestId('pack-status');

test('subscribe, the 304 path, an update after a version bump, server down, a tampered pack', async ({ page }) => {
  const server = await startPackServer();
  try {
    const key = await testKey();
    const v1 = examplePack();
    server.set('/team.json', await signed(v1, key));

    await openPacks(page);
    await page.getByLabel('Pack address (https://…)').fill(`${server.origin}/team.json`);
    await page.getByLabel(/Public key the pack must be signed with/).fill(key.publicKey);
    // Daily checks unless the agent picks another interval.
    await expect(page.getByLabel('Check for updates every')).toHaveValue('24');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page.getByTestId('packs-message')).toHaveText(`${v1.name} 1.0.0 installed.`);
    await expect(packCard(page)).toContainText('v1.0.0');
    await expect(status(page)).toHaveText('updated just now');
    await expect(packCard(page)).toContainText('12 snippets, 14 coaching, 5 needQuestions, 8 draftChecks, 2 hotlines');
    await expect(packCard(page).getByTestId('provenance')).toHaveText(`Signed by ${v1.author as string} · key ${await fingerprint(key.publicKey)} (key you entered)`);

    // Unchanged: the stored ETag makes the server answer 304, and nothing is reinstalled.
    await page.getByRole('button', { name: 'Update now' }).click();
    await expect(page.getByTestId('packs-message')).toHaveText(`${v1.name} is up to date (1.0.0).`);
    expect(server.log.filter((entry) => entry.path === '/team.json').map((entry) => entry.status)).toEqual([200, 304]);

    // A new version: installed, with the computed diff and the changelog.
    const v2 = nextVersion(v1, '1.1.0', 'Hello {{customer.name}}, welcome back.');
    server.set('/team.json', await signed(v2, key));
    await page.getByRole('button', { name: 'Update now' }).click();
    await expect(page.getByTestId('packs-message')).toHaveText(`${v1.name} 1.1.0 installed.`);
    await expect(page.getByTestId('pack-diff')).toContainText('Last update 1.0.0 → 1.1.0: 1 added, 0 removed, 1 changed');
    await page.getByTestId('pack-diff').locator('summary').click();
    await expect(page.getByTestId('pack-diff')).toContainText('Greeting reworded for 1.1.0');
    await expect(page.getByTestId('pack-diff')).toContainText('New in 1.1.0');

    // The host goes down: the failure is shown and the last good copy stays.
    await server.down();
    await page.getByRole('button', { name: 'Update now' }).click();
    await expect(status(page)).toHaveText('failed: the server could not be reached');
    await expect(packCard(page)).toContainText('v1.1.0');
    await expect(packCard(page)).toContainText('13 snippets');

    // Back up, but serving a copy altered after signing: refused, last good copy stays.
    await server.up();
    const tampered = JSON.parse(await signed(nextVersion(v2, '1.2.0', 'Hi'), key)) as { snippets: { body: string }[] };
    tampered.snippets[3]!.body = 'Refunds now go to IBAN XX00 0000 (changed by an intruder).';
    server.set('/team.json', JSON.stringify(tampered));
    await page.getByRole('button', { name: 'Update now' }).click();
    await expect(status(page)).toHaveText(/^failed: the signature does not match/);
    await expect(packCard(page)).toContainText('v1.1.0');
    await page.getByRole('button', { name: 'Show items' }).click();
    await expect(page.getByTestId('pack-item').filter({ hasText: 'Refund started' })).not.toContainText('intruder');
  } finally {
    await server.close();
  }
});

test('editing a pack snippet forks it; an upstream change flags the fork: compare, take theirs', async ({ page }) => {
  const server = await startPackServer();
  try {
    const key = await testKey();
    const v1 = examplePack();
    server.set('/team.json', await signed(v1, key));
    await openPacks(page);
    await page.getByLabel('Pack address (https://…)').fill(`${server.origin}/team.json`);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(status(page)).toHaveText('updated just now');

    await page.getByRole('button', { name: 'Show items' }).click();
    const greeting = page.getByTestId('pack-item').filter({ hasText: 'Greeting' });
    await greeting.getByRole('button', { name: 'Edit' }).click();
    await greeting.getByLabel('Body').fill('Hey {{customer.name}}! Happy to help.');
    await greeting.getByRole('button', { name: 'Save as my copy' }).click();
    await expect(page.getByTestId('packs-message')).toContainText('Saved as your own copy');

    server.set('/team.json', await signed(nextVersion(v1, '1.1.0', 'Good day {{customer.name}}, how can I help?'), key));
    await page.getByRole('button', { name: 'Update now' }).click();
    const fork = page.getByTestId('fork');
    await expect(fork).toContainText('Greeting: the pack changed this item in 1.1.0.');
    await fork.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByTestId('fork-compare')).toContainText('Hey {{customer.name}}! Happy to help.');
    await expect(page.getByTestId('fork-compare')).toContainText('Good day {{customer.name}}, how can I help?');
    await fork.getByRole('button', { name: 'Take theirs' }).click();
    await expect(page.getByTestId('packs-message')).toHaveText('Took the pack’s version.');
    await expect(page.getByTestId('forks')).toHaveCount(0);

    // The agent's copy now carries upstream's text, and it is still theirs (personal).
    const copies = await page.evaluate(async () => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime;
      const reply = (await runtime.sendMessage({ channel: 'undertone/request', type: 'snippets.list', input: {} })) as {
        value: { title: string; body: string; source: string }[];
      };
      return reply.value.filter((s) => s.title === 'Greeting').map((s) => `${s.source}: ${s.body}`);
    });
    expect(copies).toEqual(['personal: Good day {{customer.name}}, how can I help?']);
  } finally {
    await server.close();
  }
});

test('a lead builds a pack from chosen snippets, signs it in the page, exports it, and it imports with its shortcut conflicts shown', async ({ page }) => {
  await page.goto(optionsUrl('#packs'));
  await expect(page.getByRole('heading', { name: 'Team packs' })).toBeVisible();
  await page.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime;
    for (const draft of [
      { title: 'Refund timing', body: 'Refunds reach your bank in 3–5 working days.', shortcut: ';rt' },
      { title: 'Escalation', body: 'I have passed this to our specialist team.' },
      { title: 'Private reminder', body: 'Not for the team.' },
    ]) {
      const reply = await runtime.sendMessage({ channel: 'undertone/request', type: 'snippets.create', input: { draft } });
      if (!reply.ok) throw new Error(reply.error);
    }
  });
  await page.reload();

  const authoring = page.getByTestId('authoring');
  await authoring.locator('summary').click();
  await authoring.getByLabel(/^Pack id/).fill('com.example.lead');
  await authoring.getByLabel('Name', { exact: true }).fill('Lead pack');
  await authoring.getByLabel('Author', { exact: true }).fill('Team lead');
  await authoring.getByLabel('Refund timing').check();
  await authoring.getByLabel('Escalation').check();
  await authoring.getByRole('button', { name: 'Bump minor' }).click();
  await expect(authoring.getByLabel('Version', { exact: true })).toHaveValue('1.1.0');

  const keyDownload = page.waitForEvent('download');
  await authoring.getByRole('button', { name: 'Generate a key pair' }).click();
  expect((await keyDownload).suggestedFilename()).toBe('com.example.lead.private.jwk');
  const publicKey = (await authoring.getByTestId('public-key').textContent())!;
  expect(publicKey).toMatch(/^ed25519:/);

  const packDownload = page.waitForEvent('download');
  await authoring.getByRole('button', { name: 'Export pack' }).click();
  const download = await packDownload;
  expect(download.suggestedFilename()).toBe('com.example.lead-1.1.0.json');
  const file = readFileSync((await download.path())!);
  const verified = await readPack(new Uint8Array(file), { publicKey });
  if (!verified.ok) throw new Error(verified.errors.join('; '));
  expect(verified.pack.snippets?.map((s) => s.title).sort()).toEqual(['Escalation', 'Refund timing']);
  expect(verified.pack.version).toBe('1.1.0');

  // An agent imports the file: the shared shortcut is reported, and the agent's own snippet wins over an unlocked pack.
  await page.getByTestId('pack-file').setInputFiles({ name: 'lead.json', mimeType: 'application/json', buffer: file });
  // Before it goes in, the agent sees who signed it and the key's fingerprint, the same one the lead's page showed.
  const shown = await fingerprint(publicKey);
  await expect(authoring.getByTestId('key-fingerprint')).toHaveText(shown);
  await expect(page.getByTestId('pack-file-check').getByTestId('provenance')).toHaveText(`Signed by Team lead · key ${shown}`);
  await page.getByRole('button', { name: 'Import this pack' }).click();
  await expect(page.getByTestId('packs-message')).toHaveText('Lead pack 1.1.0 installed. 1 shortcut conflict(s): see below.');
  await expect(page.getByTestId('pack-conflicts')).toContainText(';rt: Refund timing (yours) wins over Refund timing (pack)');
  await expect(page.getByTestId('pack-status')).toHaveText('imported just now');
});
