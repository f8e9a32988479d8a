import type { UndertoneDb } from './schema';
import type { PackDiff } from '../packs/diff';
import { trustAfter, type Provenance } from '../packs/provenance';
import { readPack, type ReadResult, type Trust } from '../packs/read';
import type { PackSource, ShortcutConflict } from '../packs/records';
import type { Pack } from '../packs/schema';
import { installPack } from './pack-store';

export type ImportResult =
  | { ok: true; key: string; packId: string; name: string; version: string; changed: boolean; diff?: PackDiff; conflicts: ShortcutConflict[]; provenance: Provenance }
  | { ok: false; errors: string[] };

export interface ImportOptions {
  source?: Partial<Pick<PackSource, 'key' | 'origin' | 'url' | 'locked' | 'intervalHours'>>;
  trust?: Trust;
  now?: number;
}

/** What an agent is shown before a file goes in: the pack and who signed it, or why it would be refused. Writes nothing. */
export type FileCheck = { ok: true; packId: string; name: string; version: string; provenance: Provenance } | { ok: false; errors: string[] };

/**
 * Reads and verifies against the key the source already pins, if any: an
 * installed source's pin wins over a key given later, so a re-import or a
 * fetch cannot swap the signer. Only signed packs may be locked or come from
 * policy.
 */
async function readForSource(db: UndertoneDb, bytes: Uint8Array<ArrayBuffer>, options: ImportOptions): Promise<ReadResult & { trust?: Trust; key?: string }> {
  let key = '';
  let trust: Trust = {};
  const read = await readPack(bytes, async (pack: Pack) => {
    key = options.source?.key ?? `file:${pack.id}`;
    const pinned = (await db.packs.get(key))?.trust;
    const given = options.trust ?? {};
    trust = pinned?.publicKey ? { ...given, publicKey: pinned.publicKey, keyFrom: pinned.keyFrom, nextPublicKey: pinned.nextPublicKey } : given;
    return trust;
  });
  if (!read.ok) return read;
  if (!read.provenance.signed && (options.source?.origin === 'policy' || options.source?.locked)) {
    return { ok: false, errors: ['the pack is not signed: a pack your administrator delivers or locks must be signed'] };
  }
  return { ...read, trust, key };
}

export async function checkPackFile(db: UndertoneDb, bytes: Uint8Array<ArrayBuffer>, options: ImportOptions = {}): Promise<FileCheck> {
  const read = await readForSource(db, bytes, options);
  if (!read.ok) return read;
  const { id: packId, name, version } = read.pack;
  return { ok: true, packId, name, version, provenance: read.provenance };
}

/**
 * From bytes to installed pack, or to the list of reasons it was refused.
 * Never throws, and a refusal writes nothing (the install is one transaction).
 */
export async function importPack(db: UndertoneDb, bytes: Uint8Array<ArrayBuffer>, options: ImportOptions = {}): Promise<ImportResult> {
  const read = await readForSource(db, bytes, options);
  if (!read.ok) return read;
  const now = options.now ?? Date.now();
  const source: PackSource = {
    key: read.key!,
    origin: options.source?.origin ?? 'file',
    url: options.source?.url,
    trust: trustAfter(read.trust ?? {}, read.provenance, read.pack),
    locked: options.source?.locked ?? false,
    intervalHours: options.source?.intervalHours ?? 0,
    addedAt: now,
  };
  try {
    const outcome = await installPack(db, source, read.pack, read.sha256, now);
    const { id: packId, name, version } = read.pack;
    const { provenance } = read;
    return outcome.changed
      ? { ok: true, key: source.key, packId, name, version, changed: true, diff: outcome.diff, conflicts: outcome.conflicts, provenance }
      : { ok: true, key: source.key, packId, name, version, changed: false, conflicts: [], provenance };
  } catch (error) {
    return { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
}
