import type { UndertoneDb } from '../db/schema';
import { parseBackup, serialiseBackup } from './format';
import { applyImport, exportLibrary, type ImportOptions, type ImportPreview, type KeyValueStore } from './library';

/**
 * Automatic local snapshots: the whole library as a backup file's text, kept
 * in extension storage (the manifest asks for unlimitedStorage), the newest
 * SNAPSHOTS_KEPT only. Taken once a day and before every import, and restored
 * through the same checks as an imported file.
 */
export const SNAPSHOTS_KEPT = 5;
const INDEX_KEY = 'librarySnapshots';
const snapshotKey = (id: string) => `librarySnapshot:${id}`;

export interface SnapshotInfo {
  id: string;
  takenAt: number;
  reason: 'daily' | 'before import' | 'manual';
  snippets: number;
  notes: number;
}

export interface SnapshotStore extends KeyValueStore {
  remove(keys: string[]): Promise<void>;
}

export async function listSnapshots(store: KeyValueStore): Promise<SnapshotInfo[]> {
  const { [INDEX_KEY]: index } = await store.get([INDEX_KEY]);
  return Array.isArray(index) ? (index as SnapshotInfo[]) : [];
}

export async function takeSnapshot(db: UndertoneDb, store: SnapshotStore, reason: SnapshotInfo['reason'], now = Date.now()): Promise<SnapshotInfo> {
  const backup = await exportLibrary(db, store, now);
  const info: SnapshotInfo = { id: String(now), takenAt: now, reason, snippets: backup.tables.snippets.length, notes: backup.tables.notes.length };
  const all = [info, ...(await listSnapshots(store)).filter((s) => s.id !== info.id)];
  const kept = all.slice(0, SNAPSHOTS_KEPT);
  await store.set({ [snapshotKey(info.id)]: serialiseBackup(backup), [INDEX_KEY]: kept });
  const dropped = all.slice(SNAPSHOTS_KEPT).map((s) => snapshotKey(s.id));
  if (dropped.length > 0) await store.remove(dropped);
  return info;
}

/** Takes the daily snapshot if the newest one is older than a day. */
export async function snapshotIfDue(db: UndertoneDb, store: SnapshotStore, now = Date.now()): Promise<SnapshotInfo | undefined> {
  const [latest] = await listSnapshots(store);
  if (latest && now - latest.takenAt < 86_400_000) return undefined;
  return takeSnapshot(db, store, 'daily', now);
}

/** Puts the library back as it was in the snapshot (replace), after snapshotting the present. */
export async function restoreSnapshot(db: UndertoneDb, store: SnapshotStore, id: string, options: ImportOptions = {}): Promise<ImportPreview> {
  const now = options.now ?? Date.now();
  const { [snapshotKey(id)]: text } = await store.get([snapshotKey(id)]);
  if (typeof text !== 'string') throw new Error('That snapshot is no longer kept');
  const backup = parseBackup(text);
  await takeSnapshot(db, store, 'before import', now);
  return applyImport(db, store, backup, 'replace', { ...options, now });
}
