import type { UndertoneDb } from './schema';
import type { PackDiff } from '../packs/diff';
import { readPack, type Trust } from '../packs/read';
import type { PackSource, ShortcutConflict } from '../packs/records';
import { installPack } from './pack-store';

export type ImportResult =
  | { ok: true; key: string; packId: string; name: string; version: string; changed: boolean; diff?: PackDiff; conflicts: ShortcutConflict[] }
  | { ok: false; errors: string[] };

export interface ImportOptions {
  source?: Partial<Pick<PackSource, 'key' | 'origin' | 'url' | 'locked' | 'intervalHours'>>;
  trust?: Trust;
  now?: number;
}

/**
 * From bytes to installed pack, or to the list of reasons it was refused.
 * Never throws, and a refusal writes nothing (the install is one transaction).
 */
export async function importPack(db: UndertoneDb, bytes: Uint8Array<ArrayBuffer>, options: ImportOptions = {}): Promise<ImportResult> {
  const read = await readPack(bytes, options.trust);
  if (!read.ok) return read;
  const now = options.now ?? Date.now();
  const source: PackSource = {
    key: options.source?.key ?? `file:${read.pack.id}`,
    origin: options.source?.origin ?? 'file',
    url: options.source?.url,
    trust: options.trust ?? {},
    locked: options.source?.locked ?? false,
    intervalHours: options.source?.intervalHours ?? 0,
    addedAt: now,
  };
  try {
    const outcome = await installPack(db, source, read.pack, read.sha256, now);
    const { id: packId, name, version } = read.pack;
    return outcome.changed
      ? { ok: true, key: source.key, packId, name, version, changed: true, diff: outcome.diff, conflicts: outcome.conflicts }
      : { ok: true, key: source.key, packId, name, version, changed: false, conflicts: [] };
  } catch (error) {
    return { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
}
