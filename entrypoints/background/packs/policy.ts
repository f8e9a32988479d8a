import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { UndertoneDb } from '@/utils/db/schema';
import type { Trust } from '@/utils/packs/provenance';
import type { PackSource } from '@/utils/packs/records';
import { removeSource } from '@/utils/db/pack-store';
import { packUrlSchema, publicKeySchema, sha256Schema } from '@/utils/packs/subscription';

/**
 * Enterprise policy: Chromium publishes it in `storage.managed` (checked
 * against public/managed-schema.json); Firefox publishes its `3rdparty`
 * policy there too, unchecked, and fires no change event, so it is re-read
 * at start-up and on every update alarm. Entries that do not parse are
 * skipped one by one, never the whole policy.
 */

export interface PackPolicy {
  subscriptions: { url: string; sha256?: string; publicKey?: string; locked: boolean }[];
  updateIntervalHours: number;
  allowUserPacks: boolean;
}

export const DEFAULT_INTERVAL_HOURS = 24;

const subscriptionSchema = v.object({
  url: packUrlSchema,
  sha256: v.optional(sha256Schema),
  publicKey: v.optional(publicKeySchema),
  locked: v.optional(v.boolean(), false),
});

export async function readPolicy(): Promise<PackPolicy> {
  let managed: Record<string, unknown> = {};
  try {
    managed = (await browser.storage.managed.get(['subscriptions', 'updateIntervalHours', 'allowUserPacks'])) as Record<string, unknown>;
  } catch {
    // Firefox throws when no policy exists for the add-on (bug 1868153): no policy.
  }
  return parsePolicy(managed);
}

/** Each entry parsed alone: one bad subscription is skipped, never the whole policy. */
export function parsePolicy(managed: Record<string, unknown>): PackPolicy {
  const subscriptions = (Array.isArray(managed.subscriptions) ? managed.subscriptions : []).flatMap((entry: unknown) => {
    const parsed = v.safeParse(subscriptionSchema, entry);
    if (!parsed.success) console.warn('Undertone: skipped a policy subscription that does not parse', entry);
    return parsed.success ? [parsed.output] : [];
  });
  const hours = Number(managed.updateIntervalHours);
  return {
    subscriptions,
    updateIntervalHours: Number.isFinite(hours) && hours >= 1 ? Math.min(hours, 168) : DEFAULT_INTERVAL_HOURS,
    allowUserPacks: managed.allowUserPacks !== false,
  };
}

/** Makes the policy sources in the database match the policy; returns the ones new or changed, to fetch now. */
export async function applyPolicy(db: UndertoneDb, policy: PackPolicy, now = Date.now()): Promise<PackSource[]> {
  const wanted = new Map(policy.subscriptions.map((entry) => [entry.url, entry]));
  const fresh: PackSource[] = [];
  for (const source of await db.packs.toArray()) {
    if (source.origin === 'policy' && !wanted.has(source.key)) await removeSource(db, source.key);
  }
  for (const entry of wanted.values()) {
    const existing = await db.packs.get(entry.url);
    // A key the policy names is the administrator's; without one, the key pinned on first use stays pinned.
    const firstUse = existing?.trust.keyFrom === 'first-use' ? { publicKey: existing.trust.publicKey, keyFrom: existing.trust.keyFrom, nextPublicKey: existing.trust.nextPublicKey } : {};
    const trust: Trust = entry.publicKey ? { sha256: entry.sha256, publicKey: entry.publicKey, keyFrom: 'policy' } : { sha256: entry.sha256, ...firstUse };
    const settings = { origin: 'policy' as const, url: entry.url, trust, locked: entry.locked, intervalHours: policy.updateIntervalHours };
    if (!existing) {
      const source: PackSource = { key: entry.url, addedAt: now, ...settings };
      await db.packs.put(source);
      fresh.push(source);
      continue;
    }
    const trustChanged = existing.trust.sha256 !== trust.sha256 || existing.trust.publicKey !== trust.publicKey;
    await db.packs.update(entry.url, settings);
    if (trustChanged || existing.origin !== 'policy' || existing.locked !== entry.locked) fresh.push({ ...existing, ...settings });
  }
  return fresh;
}
