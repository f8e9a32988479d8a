/**
 * Version 1 files (before 2026-12-01) carried every database table as it was
 * and custom adapters among the storage items. This turns one into the
 * version 2 shape, which is then checked like any version 2 file: pack
 * sources become subscriptions (policy ones dropped with their snippets, as
 * version 2 never exports them), and pack items are dropped (they come back
 * with their pack). Anything unexpected is passed through for the version 2
 * schema to name.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Storage keys version 1 allowed that version 2 no longer keeps there. */
const MOVED_OR_UNUSED = new Set(['customAdapters', 'customAdapters$', 'packSubscriptions', 'packSubscriptions$']);

function subscriptionFromSource(row: Json): Json | undefined {
  const trust = isObject(row.trust) ? row.trust : {};
  const publicKey = trust.publicKey === undefined ? {} : { publicKey: trust.publicKey };
  if (row.origin === 'policy') return undefined;
  if (row.origin === 'file') return { origin: 'file', ...publicKey, addedAt: row.addedAt, installedSha256: row.sha256, pack: row.pack };
  const sha256 = trust.sha256 === undefined ? {} : { sha256: trust.sha256 };
  return { origin: row.origin, url: row.url, intervalHours: row.intervalHours, ...sha256, ...publicKey, addedAt: row.addedAt, ...(row.packId === undefined ? {} : { packId: row.packId }) };
}

export function upgradeFromVersion1(file: Json): Json {
  const tables = isObject(file.tables) ? file.tables : {};
  const storage = isObject(file.storage) ? file.storage : {};
  const { snippets, packs, packItems: _comesBackWithItsPack, packForks, ...others } = tables;
  const sources = list(packs).filter(isObject);
  const subscriptions = sources.flatMap((row) => subscriptionFromSource(row) ?? []);
  const administrators = new Set(sources.filter((row) => row.origin === 'policy').map((row) => `pack:${String(row.packId)}`));
  return {
    ...file,
    version: 2,
    tables: {
      ...others,
      snippets: Array.isArray(snippets) ? snippets.filter((s) => !isObject(s) || !administrators.has(String(s.source))) : snippets,
      ...(packForks === undefined ? {} : { packForks }),
    },
    packSubscriptions: subscriptions,
    customAdapters: storage.customAdapters ?? [],
    storage: Object.fromEntries(Object.entries(storage).filter(([key]) => !MOVED_OR_UNUSED.has(key))),
  };
}
