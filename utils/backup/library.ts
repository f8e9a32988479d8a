import type { Table } from 'dexie';
import * as v from 'valibot';
import { consoleAdapterSchema, customAdaptersSchema, type ConsoleAdapter } from '../adapters/schema';
import type { UndertoneDb } from '../db/schema';
import type { PackSource } from '../packs/records';
import { removeSource } from '../db/pack-store';
import { compareVersions } from '../packs/validate';
import { compareRows, type ImportMode, type TableChange } from './changes';
import { BACKED_UP_KEYS, BACKUP_FORMAT, BACKUP_VERSION, CUSTOM_ADAPTERS_KEY, LIBRARY_TABLES, PEOPLE_TABLES, type Backup, type LibraryTable } from './format';
import { BackupError, canonicalJson } from './json-guard';
import { exportSubscriptions, restoreSubscription, subscriptionKey, subscriptionLabel, subscriptionPackId, toBackedUp, type BackedUpSubscription } from './subscriptions';

export type { ImportMode, TableChange } from './changes';

/** The extension-storage area backups read and write (browser.storage.local in the extension, a Map in tests). */
export interface KeyValueStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface ImportPreview {
  mode: ImportMode;
  /** The library's tables, then packSubscriptions and customAdapters. */
  tables: Record<string, TableChange>;
  /** Storage items the import would change. */
  storage: string[];
  /** What the import leaves out, and why. */
  warnings: string[];
}

export interface ImportOptions {
  /** False when the administrator's policy forbids agents' own packs: the file's subscriptions are then left out. */
  userPacksAllowed?: boolean;
  now?: number;
}

/** Every table an import may write: the library's, plus the packs' that restored subscriptions fill. */
const tablesTouched = (db: UndertoneDb) => [db.snippets, db.notes, db.insertOutcomes, db.packForks, db.packs, db.packItems, ...PEOPLE_TABLES.map((name) => db.table(name))];

/** Custom adapters as stored, keeping those that pass the schema (as loadCustomAdapters does). */
function storedAdapters(stored: unknown): ConsoleAdapter[] {
  return (Array.isArray(stored) ? stored : []).flatMap((raw) => {
    const parsed = v.safeParse(consoleAdapterSchema, raw);
    return parsed.success ? [parsed.output] : [];
  });
}

/** Sources the policy owns, with the snippets they mirror: no import touches them, and exports leave them out. */
const policyOwned = (sources: PackSource[]) => new Set(sources.filter((s) => s.origin === 'policy' && s.packId).map((s) => `pack:${s.packId}`));

export async function exportLibrary(db: UndertoneDb, store: KeyValueStore, now = Date.now()): Promise<Backup> {
  const { tables, packSubscriptions } = await db.transaction('r', tablesTouched(db), async () => {
    const packSubscriptions = await exportSubscriptions(db);
    const carried = new Set(packSubscriptions.flatMap((entry) => subscriptionPackId(entry) ?? []).map((id) => `pack:${id}`));
    const tables: Backup['tables'] = {
      snippets: (await db.snippets.toArray()).filter((s) => s.source === 'personal' || carried.has(s.source)),
      notes: await db.notes.toArray(),
      insertOutcomes: await db.insertOutcomes.toArray(),
      packForks: await db.packForks.toArray(),
      customers: await db.customers.toArray(),
      customerMemories: await db.customerMemories.toArray(),
      conversationVisits: await db.conversationVisits.toArray(),
      promises: await db.promises.toArray(),
      wins: await db.wins.toArray(),
    };
    return { tables, packSubscriptions };
  });
  const stored = await store.get([...BACKED_UP_KEYS, CUSTOM_ADAPTERS_KEY]);
  const storage = Object.fromEntries(BACKED_UP_KEYS.filter((key) => stored[key] !== undefined).map((key) => [key, stored[key]]));
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, tables, packSubscriptions, customAdapters: storedAdapters(stored[CUSTOM_ADAPTERS_KEY]), storage };
}

type Row = Record<string, unknown>;
const rowKey: Record<LibraryTable, (row: Row) => string> = {
  snippets: (row) => String(row.id),
  notes: (row) => String(row.id),
  insertOutcomes: (row) => String(row.id),
  packForks: (row) => String(row.snippetId),
  customers: (row) => String(row.key),
  customerMemories: (row) => String(row.id),
  conversationVisits: (row) => String(row.conversationKey),
  promises: (row) => String(row.id),
  wins: (row) => String(row.id),
};
const labelField: Partial<Record<LibraryTable, string>> = { snippets: 'title', notes: 'text', packForks: 'itemKey', customers: 'label', customerMemories: 'text', conversationVisits: 'conversationKey', promises: 'text', wins: 'words' };
const rowLabel = (table: LibraryTable, row: Row) => String(row[labelField[table] ?? 'id'] ?? '');
/** Rows with a date keep the newer copy in a merge; rows without one keep the device's. */
const newer = (incoming: Row, local: Row) => typeof incoming.updatedAt === 'number' && typeof local.updatedAt === 'number' && incoming.updatedAt > local.updatedAt;

interface Plan {
  preview: ImportPreview;
  rows: { table: LibraryTable; write: Row[]; remove: string[] }[];
  subscriptions: { change: TableChange; wanted: BackedUpSubscription[]; restore: BackedUpSubscription[]; remove: string[] };
  /** Extension-storage items to write once the database has committed. */
  storage: Record<string, unknown>;
}

/** Reads only Dexie, so it can run inside the import's transaction (storage is read before it). */
async function plan(db: UndertoneDb, stored: Record<string, unknown>, backup: Backup, mode: ImportMode, options: ImportOptions): Promise<Plan> {
  const preview: ImportPreview = { mode, tables: {}, storage: [], warnings: [] };
  const sources = await db.packs.toArray();
  const policy = policyOwned(sources);
  const subscriptions = planSubscriptions(sources, backup.packSubscriptions, mode, options, preview);
  // A pack's mirrored snippets follow their pack: those of packs the import brings in (a merge) or keeps (a replace), never of packs left out.
  const packsOf = (entries: BackedUpSubscription[]) => new Set(entries.flatMap((entry) => subscriptionPackId(entry) ?? []).map((id) => `pack:${id}`));
  const following = packsOf(mode === 'replace' ? subscriptions.wanted : subscriptions.restore);
  const takes = (row: Row) => row.source === 'personal' || following.has(String(row.source));
  const rows: Plan['rows'] = [];
  for (const table of LIBRARY_TABLES) {
    const local = ((await db.table(table).toArray()) as Row[]).filter((row) => table !== 'snippets' || !policy.has(String(row.source)));
    const incoming = (backup.tables[table] as unknown as Row[]).filter((row) => table !== 'snippets' || takes(row));
    const { change, write, remove } = compareRows(incoming, local, mode, { key: rowKey[table], label: (row) => rowLabel(table, row), incomingWins: newer });
    preview.tables[table] = change;
    rows.push({ table, write, remove: remove.map(rowKey[table]) });
  }
  preview.tables.packSubscriptions = subscriptions.change;

  const adapters = planAdapters(storedAdapters(stored[CUSTOM_ADAPTERS_KEY]), backup.customAdapters, mode, preview);
  const storage: Record<string, unknown> = Object.fromEntries(
    Object.entries(backup.storage).filter(([key, value]) => canonicalJson(stored[key]) !== canonicalJson(value)),
  );
  preview.storage = Object.keys(storage);
  if (adapters && canonicalJson(adapters) !== canonicalJson(stored[CUSTOM_ADAPTERS_KEY] ?? [])) storage[CUSTOM_ADAPTERS_KEY] = adapters;
  return { preview, rows, subscriptions, storage };
}

function planSubscriptions(sources: PackSource[], incoming: BackedUpSubscription[], mode: ImportMode, options: ImportOptions, preview: ImportPreview): Plan['subscriptions'] {
  const local = sources.flatMap((source) => toBackedUp(source) ?? []);
  const byKey = new Map(sources.map((source) => [source.key, source]));
  const byPack = new Map(sources.filter((source) => source.packId).map((source) => [source.packId!, source]));
  /** Why an entry cannot come in, if it cannot: one pack has one source, and the administrator's stay as they are. */
  const obstacle = (entry: BackedUpSubscription): string | undefined => {
    if (options.userPacksAllowed === false) return 'your administrator does not allow your own packs';
    if (byKey.get(subscriptionKey(entry))?.origin === 'policy') return 'your administrator already subscribes you to it';
    const packId = subscriptionPackId(entry);
    const owner = packId === undefined ? undefined : byPack.get(packId);
    if (!owner || owner.key === subscriptionKey(entry)) return undefined;
    if (owner.origin === 'policy') return 'your administrator already provides that pack';
    // A replace removes the device's other source first (the file cannot hold two for one pack).
    return mode === 'merge' ? `that pack is already installed from ${owner.url ?? 'a file'}` : undefined;
  };
  const wanted = incoming.filter((entry) => {
    const reason = obstacle(entry);
    if (reason) preview.warnings.push(`${subscriptionLabel(entry)} was left out: ${reason}`);
    return !reason;
  });
  // A newer file pack wins a merge; a URL subscription has no date to compare, so the device's settings stay.
  const incomingWins = (file: BackedUpSubscription, here: BackedUpSubscription) =>
    file.origin === 'file' && here.origin === 'file' && compareVersions(file.pack.version, here.pack.version) > 0;
  const { change, write, remove } = compareRows(wanted, local, mode, { key: subscriptionKey, label: subscriptionLabel, incomingWins });
  // A merge upgrades a file pack in place (its forks are flagged); otherwise the old source goes first.
  const replaced = write.filter((entry) => mode === 'replace' && local.some((here) => subscriptionKey(here) === subscriptionKey(entry)));
  return { change, wanted, restore: write, remove: [...remove, ...replaced].map(subscriptionKey) };
}

function planAdapters(local: ConsoleAdapter[], incoming: ConsoleAdapter[], mode: ImportMode, preview: ImportPreview): ConsoleAdapter[] | undefined {
  const { change, write, remove } = compareRows(incoming, local, mode, { key: (a) => a.id, label: (a) => a.name, incomingWins: () => false });
  preview.tables.customAdapters = change;
  if (write.length === 0 && remove.length === 0) return undefined;
  const next = mode === 'replace' ? incoming : [...local, ...write];
  const count = next.length;
  if (!v.is(customAdaptersSchema, next)) throw new BackupError(`The import would leave ${count} custom adapters, more than Undertone keeps: import with Replace, or remove some first`);
  return next;
}

async function writeRows(db: UndertoneDb, { table, write, remove }: Plan['rows'][number]): Promise<void> {
  await db.table(table).bulkDelete(remove);
  await db.table(table).bulkPut(write);
}

/** What an import would change, without changing anything. */
export async function previewImport(db: UndertoneDb, store: KeyValueStore, backup: Backup, mode: ImportMode, options: ImportOptions = {}): Promise<ImportPreview> {
  const stored = await store.get([...Object.keys(backup.storage), CUSTOM_ADAPTERS_KEY]);
  return db.transaction('r', tablesTouched(db), async () => (await plan(db, stored, backup, mode, options)).preview);
}

async function tablesAsTheyAre(db: UndertoneDb): Promise<{ table: Table; rows: unknown[] }[]> {
  return Promise.all(tablesTouched(db).map(async (table) => ({ table: table as Table, rows: await table.toArray() })));
}

/**
 * Imports all or nothing. Everything is checked before anything is written;
 * the database changes in one transaction (if any write fails, none
 * happened); extension storage (settings, adapters) is written only after it
 * commits, and should that write fail the database is put back as it was.
 */
export async function applyImport(db: UndertoneDb, store: KeyValueStore, backup: Backup, mode: ImportMode, options: ImportOptions = {}): Promise<ImportPreview> {
  const now = options.now ?? Date.now();
  const stored = await store.get([...Object.keys(backup.storage), CUSTOM_ADAPTERS_KEY]);
  const { preview, storage, before } = await db.transaction('rw', tablesTouched(db), async () => {
    const planned = await plan(db, stored, backup, mode, options);
    // Kept only when storage will be written after the commit, to undo the tables should that fail.
    const before = Object.keys(planned.storage).length > 0 ? await tablesAsTheyAre(db) : [];
    // Forks before packs, so an installed pack hides its forked items; snippets after, so mirrors keep the file's usage and times exactly.
    const [forks, ...others] = [...planned.rows].sort((a, b) => Number(b.table === 'packForks') - Number(a.table === 'packForks'));
    for (const key of planned.subscriptions.remove) await removeSource(db, key);
    await writeRows(db, forks!);
    for (const entry of planned.subscriptions.restore) await restoreSubscription(db, entry, now);
    for (const rows of others) await writeRows(db, rows);
    return { preview: planned.preview, storage: planned.storage, before };
  });
  if (Object.keys(storage).length === 0) return preview;
  try {
    await store.set(storage);
  } catch (error) {
    await db.transaction('rw', tablesTouched(db), async () => {
      for (const { table, rows } of before) {
        await table.clear();
        await table.bulkPut(rows);
      }
    });
    throw new BackupError(`Settings and adapters could not be saved (${(error as Error).message}); nothing was imported`);
  }
  return preview;
}

/** Empties the agent's library (snippets, notes, their own packs, custom adapters); the administrator's packs and the settings stay. */
export function eraseLibrary(db: UndertoneDb, store: KeyValueStore, now = Date.now()): Promise<ImportPreview> {
  const empty: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    tables: { snippets: [], notes: [], insertOutcomes: [], packForks: [], customers: [], customerMemories: [], conversationVisits: [], promises: [], wins: [] },
    packSubscriptions: [],
    customAdapters: [],
    storage: {},
  };
  return applyImport(db, store, empty, 'replace', { now });
}
