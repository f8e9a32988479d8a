import * as v from 'valibot';
import type { UndertoneDb } from '../db/schema';
import type { Trust } from '../packs/provenance';
import type { PackSource } from '../packs/records';
import { itemKinds, packIdSchema, semverSchema, type ItemKind, type Pack } from '../packs/schema';
import { installPack } from '../db/pack-store';
import { validatePackValue } from '../packs/validate';
import { publicKeySchema, sha256Schema, subscriptionEntries } from '../packs/subscription';
import { idSchema, timeSchema } from '../snippets/schema';
import { canonicalJson } from './json-guard';

/**
 * Team packs in a backup. Only what the agent chose travels: subscriptions by
 * URL (address, interval, pin or key) and packs imported from a file (with
 * the pack itself, as there is nowhere to fetch it again). Policy sources are
 * left out: the administrator's policy re-creates them. A URL subscription
 * carries no copy of its pack: a restored one fetches again, so the pin and
 * signature are checked on real bytes rather than trusted from the file.
 */

/** Who chose the pinned key, and the successor it announced: without them a restored pin would look chosen by the agent, and a rotation in progress would be lost. */
const pinEntries = { keyFrom: v.optional(v.picklist(['agent', 'first-use'], 'keyFrom must be agent or first-use')), nextPublicKey: v.optional(publicKeySchema) };

const urlSubscriptionSchema = v.strictObject({ origin: v.literal('url'), ...subscriptionEntries, ...pinEntries, addedAt: timeSchema, packId: v.optional(packIdSchema) });

/** The pack validator itself, cross-item rules included: a pack from a backup passes exactly what an imported pack file passes. */
const packCopySchema = v.pipe(
  v.unknown(),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const checked = validatePackValue(dataset.value);
    if (checked.ok) return checked.pack;
    addIssue({ message: `the pack is not valid: ${checked.errors.slice(0, 3).join('; ')}` });
    return NEVER;
  }),
);

const fileSubscriptionSchema = v.strictObject({
  origin: v.literal('file'),
  publicKey: v.optional(publicKeySchema),
  ...pinEntries,
  addedAt: timeSchema,
  /** Of the file as it was imported: tells an unchanged pack from a new one. */
  installedSha256: sha256Schema,
  pack: packCopySchema,
});

export const subscriptionSchema = v.variant('origin', [urlSubscriptionSchema, fileSubscriptionSchema], 'a pack subscription has origin "url" or "file"');
export type BackedUpSubscription = v.InferOutput<typeof subscriptionSchema>;

const itemKey = v.pipe(
  v.string(),
  v.check((key) => {
    const [kind, id] = key.split(':');
    return kind! in itemKinds && /^[\w-]{1,64}$/.test(id ?? '') && key.split(':').length === 2;
  }, 'an item key is <kind>:<item id>'),
);

/** An agent's copy of a pack item; a pending upstream change is validated as the item kind it claims to be. */
export const forkSchema = v.pipe(
  v.strictObject({
    snippetId: idSchema,
    packId: packIdSchema,
    itemKey,
    baseVersion: semverSchema,
    baseHash: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'a base hash is 16 hexadecimal characters')),
    upstream: v.optional(
      v.strictObject({
        state: v.picklist(['changed', 'removed']),
        version: semverSchema,
        hash: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/))),
        data: v.optional(v.record(v.string(), v.unknown())),
      }),
    ),
  }),
  v.check(({ itemKey: key, upstream }) => {
    if (!upstream?.data) return true;
    return v.is(itemKinds[key.split(':')[0] as ItemKind], upstream.data);
  }, 'the upstream item does not fit its kind'),
);

export const subscriptionKey = (entry: BackedUpSubscription) => (entry.origin === 'url' ? entry.url : `file:${entry.pack.id}`);
export const subscriptionPackId = (entry: BackedUpSubscription) => (entry.origin === 'url' ? entry.packId : entry.pack.id);
export const subscriptionLabel = (entry: BackedUpSubscription) => (entry.origin === 'url' ? entry.url : entry.pack.name);

/** The backup's view of a database source; policy sources have none. */
export function toBackedUp(source: PackSource): BackedUpSubscription | undefined {
  if (source.origin === 'url' && source.url) {
    return {
      origin: 'url',
      url: source.url,
      intervalHours: source.intervalHours,
      ...(source.trust.sha256 ? { sha256: source.trust.sha256 } : {}),
      ...pinOf(source.trust),
      addedAt: source.addedAt,
      ...(source.packId ? { packId: source.packId } : {}),
    };
  }
  if (source.origin === 'file' && source.pack && source.sha256) {
    return { origin: 'file', ...pinOf(source.trust), addedAt: source.addedAt, installedSha256: source.sha256, pack: source.pack };
  }
  return undefined;
}

function pinOf({ publicKey, keyFrom, nextPublicKey }: Trust) {
  if (!publicKey) return {};
  return { publicKey, ...(keyFrom === 'agent' || keyFrom === 'first-use' ? { keyFrom } : {}), ...(nextPublicKey ? { nextPublicKey } : {}) };
}

export const sameSubscription = (a: BackedUpSubscription, b: BackedUpSubscription) => canonicalJson(a) === canonicalJson(b);

export async function exportSubscriptions(db: UndertoneDb): Promise<BackedUpSubscription[]> {
  return (await db.packs.orderBy('key').toArray()).flatMap((source) => toBackedUp(source) ?? []);
}

/**
 * Puts one subscription in the database, inside the caller's transaction.
 * A URL subscription is stored without a copy, so the next update fetches
 * it; a file's pack goes through the same install as an imported file.
 */
export async function restoreSubscription(db: UndertoneDb, entry: BackedUpSubscription, now: number): Promise<void> {
  const key = subscriptionKey(entry);
  if (entry.origin === 'url') {
    const { url, intervalHours, sha256, publicKey, keyFrom, nextPublicKey, addedAt, packId } = entry;
    await db.packs.put({ key, origin: 'url', url, trust: { sha256, publicKey, keyFrom, nextPublicKey }, locked: false, intervalHours, addedAt, ...(packId ? { packId } : {}) });
    return;
  }
  const { publicKey, keyFrom, nextPublicKey } = entry;
  const source: PackSource = { key, origin: 'file', trust: { publicKey, keyFrom, nextPublicKey }, locked: false, intervalHours: 0, addedAt: entry.addedAt };
  await installPack(db, source, entry.pack as Pack, entry.installedSha256, now);
}
