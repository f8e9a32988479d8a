import type { Table } from 'dexie';
import type { UndertoneDb } from '../db/schema';
import { BACKED_UP_KEYS, BACKUP_FORMAT, BACKUP_VERSION, LIBRARY_TABLES, type Backup } from './format';
import { BackupError, canonicalJson } from './json-guard';

/** The extension-storage area backups read and write (browser.storage.local in the extension, a Map in tests). */
export interface KeyValueStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export type ImportMode = 'merge' | 'replace';

type Row = Record<string, unknown>;
const rowKey = (table: Table, row: Row): string => {
  const keyPath = table.schema.primKey.keyPath;
  return canonicalJson(keyPath === undefined || keyPath === null ? row : pickKey(row, keyPath));
};
const pickKey = (row: Row, keyPath: string | string[]) => (Array.isArray(keyPath) ? keyPath.map((k) => row[k]) : row[keyPath]);

export async function exportLibrary(db: UndertoneDb, store: KeyValueStore, now = Date.now()): Promise<Backup> {
  const tables: Record<string, Row[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) tables[table.name] = (await table.toArray()) as Row[];
  });
  const stored = await store.get(BACKED_UP_KEYS);
  const storage = Object.fromEntries(BACKED_UP_KEYS.filter((key) => stored[key] !== undefined).map((key) => [key, stored[key]]));
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, tables: tables as Backup['tables'], storage };
}

export interface TableChange {
  added: number;
  updated: number;
  unchanged: number;
  /** Merge: the device's copy is newer and stays. */
  keptLocal: number;
  /** Replace: on the device, not in the file. */
  removed: number;
  /** A few titles per kind of change, for the preview. */
  examples: { added: string[]; updated: string[]; removed: string[] };
}

export interface ImportPreview {
  mode: ImportMode;
  tables: Record<string, TableChange>;
  /** Storage items the import would change. */
  storage: string[];
}

const label = (tableName: string, row: Row): string => {
  const text = tableName === 'snippets' ? row.title : tableName === 'notes' ? row.text : row.id;
  return String(text ?? '').slice(0, 80);
};
const EXAMPLES = 5;
const newer = (incoming: Row, local: Row) =>
  typeof incoming.updatedAt === 'number' && typeof local.updatedAt === 'number' ? incoming.updatedAt > local.updatedAt : true;

interface Plan {
  preview: ImportPreview;
  writes: Map<Table, Row[]>;
  clears: Table[];
}

/** Tables in the file must exist here; the library's own tables always take part. */
function tablesOf(db: UndertoneDb, backup: Backup): Table[] {
  const names = new Set([...LIBRARY_TABLES, ...Object.keys(backup.tables)]);
  return [...names].map((name) => {
    const table = db.tables.find((t) => t.name === name);
    if (!table) throw new BackupError(`at tables.${name}: this version of Undertone has no such data (the backup is from a newer version?)`);
    return table;
  });
}

/** Reads only Dexie, so it can run inside the import's transaction (storage is read before it). */
async function plan(db: UndertoneDb, currentStorage: Record<string, unknown>, backup: Backup, mode: ImportMode): Promise<Plan> {
  const preview: ImportPreview = { mode, tables: {}, storage: [] };
  const writes = new Map<Table, Row[]>();
  const clears: Table[] = [];
  for (const table of tablesOf(db, backup)) {
    const incoming = (backup.tables[table.name] ?? []) as Row[];
    const local = new Map(((await table.toArray()) as Row[]).map((row) => [rowKey(table, row), row]));
    const change: TableChange = { added: 0, updated: 0, unchanged: 0, keptLocal: 0, removed: 0, examples: { added: [], updated: [], removed: [] } };
    const toWrite: Row[] = [];
    const note = (kind: 'added' | 'updated' | 'removed', row: Row) => {
      change[kind]++;
      if (change.examples[kind].length < EXAMPLES) change.examples[kind].push(label(table.name, row));
    };
    for (const row of incoming) {
      const key = rowKey(table, row);
      const mine = local.get(key);
      local.delete(key);
      if (!mine) note('added', row);
      else if (canonicalJson(mine) === canonicalJson(row)) change.unchanged++;
      else if (mode === 'replace' || newer(row, mine)) note('updated', row);
      else {
        change.keptLocal++;
        continue;
      }
      toWrite.push(row);
    }
    if (mode === 'replace') {
      for (const row of local.values()) note('removed', row);
      clears.push(table);
    }
    preview.tables[table.name] = change;
    writes.set(table, toWrite);
  }
  preview.storage = Object.keys(backup.storage).filter((key) => canonicalJson(currentStorage[key]) !== canonicalJson(backup.storage[key]));
  return { preview, writes, clears };
}

/** What an import would change, without changing anything. */
export async function previewImport(db: UndertoneDb, store: KeyValueStore, backup: Backup, mode: ImportMode): Promise<ImportPreview> {
  const currentStorage = await store.get(Object.keys(backup.storage));
  return db.transaction('r', tablesOf(db, backup), async () => (await plan(db, currentStorage, backup, mode)).preview);
}

/**
 * Imports in one Dexie transaction: if any write fails, none happened.
 * Storage items are written after the tables commit.
 */
export async function applyImport(db: UndertoneDb, store: KeyValueStore, backup: Backup, mode: ImportMode): Promise<ImportPreview> {
  const tables = tablesOf(db, backup);
  const currentStorage = await store.get(Object.keys(backup.storage));
  const result = await db.transaction('rw', tables, async () => {
    const { preview, writes, clears } = await plan(db, currentStorage, backup, mode);
    for (const table of clears) await table.clear();
    for (const [table, rows] of writes) await table.bulkPut(rows);
    return preview;
  });
  const changed = Object.fromEntries(result.storage.map((key) => [key, backup.storage[key]]));
  if (Object.keys(changed).length > 0) await store.set(changed);
  return result;
}
