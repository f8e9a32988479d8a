import { browser } from 'wxt/browser';
import { builtInAdapters } from '@/utils/adapters/builtin';
import { parseBackup, serialiseBackup } from '@/utils/backup/format';
import { applyImport, eraseLibrary, exportLibrary, previewImport, type ImportOptions, type ImportPreview } from '@/utils/backup/library';
import { shouldRemindToExport, type ReminderState } from '@/utils/backup/reminder';
import { listSnapshots, restoreSnapshot, snapshotIfDue, SNAPSHOTS_KEPT, takeSnapshot, type SnapshotStore } from '@/utils/backup/snapshots';
import { database, type UndertoneDb } from '@/utils/db/schema';
import type { RequestServer } from '@/utils/protocol/server';
import { registerCustomSites } from './adapters';
import { readPolicy } from './packs/policy';
import { updateSource } from './packs/update';

const REMINDER_KEY = 'backupReminder';
const SNAPSHOT_ALARM = 'undertone-library-snapshot';
const builtInIds = new Set(builtInAdapters.map((adapter) => adapter.id));
/** A backup's custom adapters may not take a built-in adapter's id. */
const readBackup = (text: string) => parseBackup(text, builtInIds);

async function reminderState(store: SnapshotStore): Promise<ReminderState> {
  const { [REMINDER_KEY]: state } = await store.get([REMINDER_KEY]);
  return state && typeof state === 'object' ? (state as ReminderState) : {};
}

const day = (at: number) => new Date(at).toISOString().slice(0, 10);

/** The administrator's word on agents' own packs applies to restored subscriptions too. */
const importOptions = async (): Promise<ImportOptions> => ({ userPacksAllowed: (await readPolicy()).allowUserPacks });

/**
 * After an import or restore: subscriptions that came back without a copy
 * fetch now (in the background, each failure recorded on its pack), and
 * restored adapters get their content script registered.
 */
async function afterImport(db: UndertoneDb, preview: ImportPreview): Promise<ImportPreview> {
  const waiting = (await db.packs.toArray()).filter((source) => source.origin === 'url' && !source.pack);
  void Promise.all(waiting.map((source) => updateSource(db, source)));
  const adapters = preview.tables.customAdapters;
  if (adapters && adapters.added + adapters.updated + adapters.removed > 0) await registerCustomSites();
  return preview;
}

export function registerBackupHandlers(server: RequestServer, db: UndertoneDb, store: SnapshotStore): void {
  server.handle('backup.export', async () => {
    const now = Date.now();
    const text = serialiseBackup(await exportLibrary(db, store, now));
    await store.set({ [REMINDER_KEY]: { ...(await reminderState(store)), lastExportAt: now } });
    return { fileName: `undertone-backup-${day(now)}.json`, text };
  });
  server.handle('backup.preview', async ({ text, mode }) => previewImport(db, store, readBackup(text), mode, await importOptions()));
  server.handle('backup.import', async ({ text, mode }) => {
    const backup = readBackup(text);
    await takeSnapshot(db, store, 'before import');
    return afterImport(db, await applyImport(db, store, backup, mode, await importOptions()));
  });
  server.handle('backup.status', async () => {
    const [snippets, notes, state, snapshots] = await Promise.all([db.snippets.count(), db.notes.count(), reminderState(store), listSnapshots(store)]);
    return {
      snippets,
      notes,
      ...(state.lastExportAt === undefined ? {} : { lastExportAt: state.lastExportAt }),
      snapshots,
      snapshotsKept: SNAPSHOTS_KEPT,
      remindToExport: shouldRemindToExport(state, snippets + notes, Date.now()),
    };
  });
  server.handle('backup.snapshot', () => takeSnapshot(db, store, 'manual'));
  server.handle('backup.restoreSnapshot', async ({ id }) => afterImport(db, await restoreSnapshot(db, store, id, await importOptions())));
  server.handle('backup.dismissReminder', async () => {
    await store.set({ [REMINDER_KEY]: { ...(await reminderState(store)), dismissedAt: Date.now() } });
  });
  server.handle('backup.erase', async () => {
    await takeSnapshot(db, store, 'before import');
    await afterImport(db, await eraseLibrary(db, store));
  });
}

export function setupBackup(server: RequestServer): void {
  const store: SnapshotStore = {
    get: (keys) => browser.storage.local.get(keys),
    set: (items) => browser.storage.local.set(items),
    remove: (keys) => browser.storage.local.remove(keys),
  };
  registerBackupHandlers(server, database(), store);
  // Alarms may be cleared on browser restart, so re-create on every service-worker start.
  void browser.alarms.create(SNAPSHOT_ALARM, { periodInMinutes: 360 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SNAPSHOT_ALARM) void snapshotIfDue(database(), store);
  });
  void snapshotIfDue(database(), store);
}
