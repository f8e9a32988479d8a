import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UndertoneDb } from '@/utils/db/schema';
import { importPack } from '@/utils/db/pack-importer';
import { applyPolicy, parsePolicy } from './policy';

const url = 'https://intranet.example.com/packs/support.json';

describe('enterprise policy', () => {
  it('parses each subscription alone and falls back to defaults', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const policy = parsePolicy({
      subscriptions: [{ url, locked: true }, { url: 'http://evil.example.com/p.json' }, { url: 'ftp://x' }, 'junk', { url: `${url}?b`, publicKey: 'nope' }],
      updateIntervalHours: 'often',
      allowUserPacks: false,
    });
    expect(policy).toEqual({ subscriptions: [{ url, locked: true }], updateIntervalHours: 24, allowUserPacks: false });
    expect(parsePolicy({})).toEqual({ subscriptions: [], updateIntervalHours: 24, allowUserPacks: true });
    expect(parsePolicy({ updateIntervalHours: 1000 }).updateIntervalHours).toBe(168);
  });

  describe('applied to the database', () => {
    let db: UndertoneDb;
    beforeEach(() => {
      db = new UndertoneDb(`policy-${crypto.randomUUID()}`);
    });
    afterEach(async () => {
      db.close();
      await Dexie.delete(db.name);
    });

    it('adds new subscriptions to fetch, updates settings, and removes those the policy dropped (with their items)', async () => {
      const fresh = await applyPolicy(db, { subscriptions: [{ url, locked: true }], updateIntervalHours: 6, allowUserPacks: true }, 1);
      expect(fresh.map((s) => [s.key, s.origin, s.locked, s.intervalHours])).toEqual([[url, 'policy', true, 6]]);
      const source = (await db.packs.get(url))!;
      const installed = await importPack(db, new Uint8Array(readFileSync('packs/undertone-essentials-en.json')), { source });
      expect(installed.ok).toBe(true);

      // Same policy again: nothing new to fetch. A new key: fetch again.
      expect(await applyPolicy(db, { subscriptions: [{ url, locked: true }], updateIntervalHours: 6, allowUserPacks: true })).toEqual([]);
      const rekeyed = await applyPolicy(db, { subscriptions: [{ url, locked: true, publicKey: 'ed25519:abc' }], updateIntervalHours: 12, allowUserPacks: true });
      expect(rekeyed.map((s) => s.key)).toEqual([url]);
      expect((await db.packs.get(url))?.intervalHours).toBe(12);

      await applyPolicy(db, { subscriptions: [], updateIntervalHours: 6, allowUserPacks: true });
      expect(await db.packs.count()).toBe(0);
      expect(await db.packItems.count()).toBe(0);
    });

    it('a key the policy names is the administrator’s; without one, the key pinned on first use stays pinned', async () => {
      const policy = (publicKey?: string) => ({ subscriptions: [{ url, locked: true, ...(publicKey ? { publicKey } : {}) }], updateIntervalHours: 6, allowUserPacks: true });
      await applyPolicy(db, policy(), 1);
      await db.packs.update(url, { trust: { publicKey: 'ed25519:first', keyFrom: 'first-use' } });
      expect(await applyPolicy(db, policy(), 2)).toEqual([]);
      expect((await db.packs.get(url))?.trust).toMatchObject({ publicKey: 'ed25519:first', keyFrom: 'first-use' });
      expect((await applyPolicy(db, policy('ed25519:admin'), 3)).map((s) => s.key)).toEqual([url]);
      expect((await db.packs.get(url))?.trust).toEqual({ publicKey: 'ed25519:admin', keyFrom: 'policy' });
    });
  });
});
