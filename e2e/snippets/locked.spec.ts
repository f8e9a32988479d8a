import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { addSnippet, openOptions, request, row } from './helpers';

const POLICY_PACK = 'com.example.locked';
const lockedSnippet = {
  id: 'pack_locked_greeting', title: 'Approved greeting', body: 'Hello, thank you for contacting Acme support.', tags: ['policy'], lang: 'en', states: [],
  source: `pack:${POLICY_PACK}`, createdAt: 1, updatedAt: 1, usedCount: 0,
};

/**
 * A locked pack as the database holds it, written straight into the
 * extension's IndexedDB from its own page. A real policy file is machine-wide,
 * so only the packs spec uses one; and a 'policy' row without a policy would
 * be dropped at the next policy sync, so this one is a locked source checked
 * just now: the lock is what the library obeys.
 */
function seedLockedPack(page: Page): Promise<void> {
  return page.evaluate(
    ({ packId, snippet }) =>
      new Promise<void>((resolve, reject) => {
        const opened = indexedDB.open('undertone');
        opened.onerror = () => reject(opened.error);
        opened.onsuccess = () => {
          const tx = opened.result.transaction(['packs', 'snippets'], 'readwrite');
          const url = 'https://intranet.example.com/locked.json';
          tx.objectStore('packs').put({ key: url, origin: 'url', url, trust: {}, locked: true, intervalHours: 168, addedAt: 1, checkedAt: Date.now(), packId });
          tx.objectStore('snippets').put(snippet);
          tx.oncomplete = () => (opened.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { packId: POLICY_PACK, snippet: lockedSnippet },
  );
}

test('a locked pack’s snippets are read-only: no editing offered, and edits or deletes sent anyway are refused with nothing written', async ({ context, page }) => {
  await openOptions(context, page, '#snippets');
  await addSnippet(page, { title: 'My own reply', body: 'Mine to change.' });
  await seedLockedPack(page);
  await page.reload();

  const locked = page.getByTestId('snippet-row').filter({ hasText: 'Approved greeting' });
  await expect(locked.getByTestId('read-only-title')).toHaveText('Approved greeting locked (read-only)');
  await expect(locked.getByRole('button')).toHaveCount(0);
  await expect(locked.getByRole('checkbox')).toBeDisabled();
  await expect(row(page, 'My own reply').getByRole('checkbox')).toBeEnabled();

  // "Select all" leaves the locked snippet out, so a bulk delete takes only the agent's own.
  await page.getByLabel('Select all shown').check();
  await expect(page.getByRole('group', { name: 'Selected snippets' })).toContainText('1 selected');
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted 1 snippet');
  await expect(locked).toBeVisible();

  // The background refuses whatever a page sends.
  const refusal = `“Approved greeting” comes from “${POLICY_PACK}”, which your administrator locked`;
  const draft = { title: 'Changed', body: 'Changed text' };
  expect(await request(page, 'snippets.update', { id: lockedSnippet.id, draft })).toEqual({ ok: false, error: `${refusal}: it cannot be edited (nothing was changed)` });
  expect(await request(page, 'snippets.delete', { ids: [lockedSnippet.id] })).toEqual({ ok: false, error: `${refusal}: it cannot be deleted (nothing was changed)` });
  expect(await request(page, 'snippets.retag', { ids: [lockedSnippet.id], add: ['mine'] })).toEqual({ ok: false, error: `${refusal}: it cannot be retagged (nothing was changed)` });
  const listed = await request<{ id: string }[]>(page, 'snippets.list', {});
  expect(listed).toEqual({ ok: true, value: [lockedSnippet] });
});
