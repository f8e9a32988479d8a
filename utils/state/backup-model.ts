import { signal } from '@preact/signals';
import { saveFile } from '../save-file';
import { isMessageKey, type Translate, type Wording } from '../i18n';
import { request } from '../protocol/client';
import type { BackupStatus } from '../protocol/backup';
import type { ImportMode, ImportPreview } from '../backup/library';

/** What a backup holds (tables and storage items), named in the UI language; a name this version does not know is shown as it is. */
export function dataName(name: string, t: Translate): string {
  const key = `data_${name}`;
  return isMessageKey(key) ? t(key) : name;
}

/** Counts in words, for the message after an import or restore. */
export function summarise(preview: ImportPreview, t: Translate): string {
  const parts = Object.entries(preview.tables).flatMap(([table, c]) => {
    const changes = [
      c.added && t('backupAdded', { count: c.added }),
      c.updated && t('backupUpdated', { count: c.updated }),
      c.removed && t('backupRemoved', { count: c.removed }),
    ].filter(Boolean);
    return changes.length ? [t('backupTableChanges', { table: dataName(table, t), changes: changes.join(t('listSeparator')) })] : [];
  });
  return parts.length ? parts.join(t('groupSeparator')) : t('backupNothingChanged');
}

/** The Backup section: export, import with a preview, snapshots, the reminder. */
export function createBackupModel() {
  const status = signal<BackupStatus | undefined>(undefined, { name: 'backup.status' });
  const error = signal<string | undefined>(undefined, { name: 'backup.error' });
  const message = signal<Wording | undefined>(undefined, { name: 'backup.message' });
  /** A chosen file and what importing it would do, waiting for the agent's go-ahead. */
  const pending = signal<{ fileName: string; text: string; mode: ImportMode; preview: ImportPreview } | undefined>(undefined, { name: 'backup.pending' });
  const busy = signal(false, { name: 'backup.busy' });

  async function run(action: () => Promise<Wording | undefined>): Promise<void> {
    busy.value = true;
    try {
      message.value = await action();
      error.value = undefined;
    } catch (cause) {
      error.value = (cause as Error).message;
      message.value = undefined;
    } finally {
      busy.value = false;
      status.value = await request('backup.status', {}).catch(() => status.value);
    }
  }

  const load = () => run(async () => undefined);

  const exportNow = () =>
    run(async () => {
      const { fileName, text } = await request('backup.export', {});
      saveFile(fileName, text);
      return (t: Translate) => t('backupExported', { file: fileName });
    });

  async function showPreview(fileName: string, text: string, mode: ImportMode): Promise<undefined> {
    pending.value = undefined;
    pending.value = { fileName, text, mode, preview: await request('backup.preview', { text, mode }) };
    return undefined;
  }

  const preview = (fileName: string, text: string, mode: ImportMode) => run(() => showPreview(fileName, text, mode));
  const chooseFile = (file: File, mode: ImportMode) => run(async () => showPreview(file.name, await file.text(), mode));

  const confirmImport = () =>
    run(async () => {
      const chosen = pending.value;
      if (!chosen) return undefined;
      const result = await request('backup.import', { text: chosen.text, mode: chosen.mode });
      pending.value = undefined;
      return (t: Translate) => t('backupImported', { file: chosen.fileName, summary: summarise(result, t) });
    });

  const restore = (id: string) =>
    run(async () => {
      const result = await request('backup.restoreSnapshot', { id });
      return (t: Translate) => t('backupRestored', { summary: summarise(result, t) });
    });
  const snapshotNow = () => run(async () => (await request('backup.snapshot', {}), (t: Translate) => t('backupSnapshotTaken')));
  const dismissReminder = () => run(async () => (await request('backup.dismissReminder', {}), undefined));
  const erase = () => run(async () => (await request('backup.erase', { confirm: 'erase' }), (t: Translate) => t('backupErased')));

  return { status, error, message, pending, busy, load, exportNow, preview, chooseFile, confirmImport, cancelImport: () => (pending.value = undefined), restore, snapshotNow, dismissReminder, erase };
}

export type BackupModel = ReturnType<typeof createBackupModel>;
