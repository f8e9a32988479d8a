import type { UndertoneDb } from '@/utils/db/schema';
import { importPack, type ImportResult } from '@/utils/db/pack-importer';
import { provenanceOf } from '@/utils/packs/provenance';
import type { PackSource } from '@/utils/packs/records';
import { recordFailure } from '@/utils/db/pack-store';
import { fetchPack } from './fetch';

/**
 * Fetches one subscription and installs what it brings. Any failure (network,
 * pin, signature, validation, version) is recorded on the source and the last
 * good copy stays installed.
 */
export async function updateSource(db: UndertoneDb, source: PackSource, now = Date.now()): Promise<ImportResult> {
  if (!source.url) return { ok: false, errors: ['an imported file has nothing to update from: import a newer file'] };
  let outcome;
  try {
    // Without a good copy there is nothing a 304 could confirm.
    outcome = await fetchPack(source.url, source.pack ? { etag: source.etag, lastModified: source.lastModified } : {});
  } catch (error) {
    return failed(db, source, error instanceof Error ? error.message : String(error), now);
  }
  if (outcome.status === 'unchanged') {
    await db.packs.update(source.key, { checkedAt: now, okAt: now, error: undefined });
    const pack = source.pack!;
    const provenance = await provenanceOf(pack, source.trust);
    return { ok: true, key: source.key, packId: pack.id, name: pack.name, version: pack.version, changed: false, conflicts: [], provenance };
  }
  const result = await importPack(db, outcome.bytes, { source, trust: source.trust, now });
  if (!result.ok) return failed(db, source, result.errors.join('; '), now);
  await db.packs.update(source.key, { etag: outcome.etag, lastModified: outcome.lastModified });
  return result;
}

async function failed(db: UndertoneDb, source: PackSource, error: string, now: number): Promise<ImportResult> {
  if (await db.packs.get(source.key)) await recordFailure(db, source.key, error, now);
  else await db.packs.put({ ...source, checkedAt: now, error });
  return { ok: false, errors: [error] };
}

/** Subscriptions whose interval has passed since the last attempt. */
export function isDue(source: PackSource, now: number): boolean {
  return source.origin !== 'file' && now - (source.checkedAt ?? 0) >= source.intervalHours * 3_600_000;
}
