import { readFileSync } from 'node:fs';
import { readPack } from '../../utils/packs/read';
import { expect, test } from '../fixtures';
import { optionsUrl } from '../snippets/helpers';

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
  await expect(page.getByTestId('packs-message')).toHaveText('Lead pack 1.1.0 installed. 1 shortcut conflict(s): see below.');
  await expect(page.getByTestId('pack-conflicts')).toContainText(';rt: Refund timing (yours) wins over Refund timing (pack)');
  await expect(page.getByTestId('pack-status')).toHaveText('imported just now');
});
