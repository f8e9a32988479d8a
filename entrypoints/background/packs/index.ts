import { browser } from 'wxt/browser';
import { database } from '@/utils/db/schema';
import { packContent } from '@/utils/db/pack-content';
import { checkPackFile, importPack } from '@/utils/db/pack-importer';
import { buildOverview } from '@/utils/db/pack-overview';
import { forkPackSnippet, removeSource, resolveFork } from '@/utils/db/pack-store';
import { installStarterPack } from '@/utils/db/starter-packs';
import type { RequestServer } from '@/utils/protocol/server';
import { applyPolicy, readPolicy } from './policy';
import { isDue, updateSource } from './update';

const ALARM = 'undertone-pack-updates';
/** How often due subscriptions are looked for; each has its own interval in hours. */
const TICK_MINUTES = 15;

/**
 * Team packs in the service worker: the database is here, fetches go out
 * from here, and the options page only asks. Modelled on uBlock Origin's
 * filter lists: an alarm re-created at every start, the last good copy kept,
 * a status per pack.
 */
export function setupPacks(server: RequestServer): void {
  const db = database();

  async function syncPolicyAndUpdateDue(): Promise<void> {
    const fresh = await applyPolicy(db, await readPolicy());
    const now = Date.now();
    const due = (await db.packs.toArray()).filter((source) => isDue(source, now) || fresh.some((f) => f.key === source.key));
    for (const source of due) await updateSource(db, source, now);
  }

  async function requireUserPacksAllowed(): Promise<void> {
    if (!(await readPolicy()).allowUserPacks) throw new Error('your administrator does not allow adding your own packs');
  }

  void browser.alarms.create(ALARM, { periodInMinutes: TICK_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void syncPolicyAndUpdateDue();
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void syncPolicyAndUpdateDue();
  });
  void syncPolicyAndUpdateDue();

  server.handle('packs.overview', async () => buildOverview(db, (await readPolicy()).allowUserPacks));
  server.handle('packs.content', () => packContent(db));
  server.handle('packs.items', ({ packId }) => db.packItems.where('packId').equals(packId).toArray());
  server.handle('packs.pack', async ({ packId }) => (await db.packs.where('packId').equals(packId).first())?.pack);
  const fileTrust = (publicKey?: string) => (publicKey ? { publicKey, keyFrom: 'agent' as const } : {});
  server.handle('packs.checkFile', ({ text, publicKey }) => checkPackFile(db, new TextEncoder().encode(text), { trust: fileTrust(publicKey) }));
  server.handle('packs.importFile', async ({ text, publicKey }) => {
    await requireUserPacksAllowed();
    return importPack(db, new TextEncoder().encode(text), { trust: fileTrust(publicKey) });
  });
  server.handle('packs.subscribe', async ({ url, intervalHours, sha256, publicKey }) => {
    await requireUserPacksAllowed();
    const existing = await db.packs.get(url);
    if (existing) throw new Error(existing.origin === 'policy' ? 'your administrator already subscribes you to this pack' : 'you are already subscribed to this address');
    const trust = publicKey ? { sha256, publicKey, keyFrom: 'agent' as const } : { sha256 };
    return updateSource(db, { key: url, origin: 'url', url, trust, locked: false, intervalHours, addedAt: Date.now() });
  });
  server.handle('packs.updateNow', async ({ key }) => {
    const source = await db.packs.get(key);
    if (!source) throw new Error('no such pack');
    return updateSource(db, source);
  });
  server.handle('packs.remove', async ({ key }) => {
    const source = await db.packs.get(key);
    if (source?.origin === 'policy') throw new Error('this pack comes from your administrator’s policy and cannot be removed here');
    await removeSource(db, key);
  });
  server.handle('packs.installStarter', async ({ lang }) => {
    await requireUserPacksAllowed();
    return installStarterPack(db, lang);
  });
  server.handle('packs.fork', ({ packId, itemId, edit }) => forkPackSnippet(db, packId, itemId, edit));
  server.handle('packs.resolveFork', ({ snippetId, choice }) => resolveFork(db, snippetId, choice));
}
