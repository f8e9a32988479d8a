import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_ID, expect, launchUndertone, serviceWorkerOf, test } from '../fixtures';
import { optionsUrl } from '../snippets/helpers';
import { fingerprint } from '../../utils/packs/signing';
import { examplePack, signed, testKey } from './pack-files';
import { startPackServer } from './pack-server';

/**
 * A real Chromium managed policy file. It is machine-wide: every Chromium
 * started while it exists reads it (agents' own packs off), so playwright.config.ts
 * runs this file alone, after every other browser test.
 */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'undertone-test.json');

test('a subscription arriving through a real Chromium managed policy file is installed, locked and not removable', async () => {
  const server = await startPackServer();
  const profileDir = mkdtempSync(join(tmpdir(), 'undertone-policy-'));
  const key = await testKey();
  const pack = examplePack({ id: 'com.example.policy', name: 'Policy pack' });
  server.set('/policy.json', await signed(pack, key));
  const policy = {
    '3rdparty': {
      extensions: {
        [EXTENSION_ID]: {
          subscriptions: [{ url: `${server.origin}/policy.json`, publicKey: key.publicKey, locked: true }],
          updateIntervalHours: 6,
          allowUserPacks: false,
        },
      },
    },
  };
  // Chromium reads policy at start, so the file is written before the browser launches.
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify(policy));
  const context = await launchUndertone(profileDir);
  try {
    await serviceWorkerOf(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(optionsUrl('#packs'));
    const card = page.getByTestId('pack');
    await expect(card).toContainText('Policy pack', { timeout: 15_000 });
    await expect(card).toContainText('From your administrator · locked (read-only)');
    await expect(card.getByTestId('provenance')).toHaveText(`Signed by Undertone contributors · key ${await fingerprint(key.publicKey)} (key set by your administrator)`);
    await expect(page.getByTestId('pack-status')).toHaveText('updated just now');
    await expect(card.getByRole('button', { name: 'Remove' })).toHaveCount(0);
    await expect(page.getByTestId('user-packs-disabled')).toBeVisible();

    await card.getByRole('button', { name: 'Show items' }).click();
    const greeting = page.getByTestId('pack-item').filter({ hasText: 'Greeting' });
    await expect(greeting).toContainText('read-only');
    await expect(greeting.getByRole('button', { name: 'Edit' })).toHaveCount(0);

    // The background refuses too, whatever a page asks.
    const refusals = await page.evaluate(async () => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome.runtime;
      const ask = (type: string, input: unknown) => runtime.sendMessage({ channel: 'undertone/request', type, input });
      return [
        (await ask('packs.fork', { packId: 'com.example.policy', itemId: 'greeting', edit: { body: 'mine' } })).error,
        (await ask('packs.subscribe', { url: 'https://example.com/p.json', intervalHours: 24 })).error,
      ];
    });
    expect(refusals).toEqual(['Policy pack is locked by your administrator: its items are read-only', 'your administrator does not allow adding your own packs']);
    expect(server.log.filter((entry) => entry.path === '/policy.json').length).toBeGreaterThanOrEqual(1);
  } finally {
    await context.close();
    rmSync(POLICY_FILE, { force: true });
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
});
