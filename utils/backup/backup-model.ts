import { signal } from '@preact/signals';
import { request } from '../protocol/client';
import type { BackupStatus } from '../protocol/backup';
import type { ImportMode, ImportPreview } from './library';

/** Counts in words, for the message after an import or restore. */
export function summarise(preview: ImportPreview): string {
  const parts = Object.entries(preview.tables).flatMap(([table, c]) => {
    const changes = [c.added && `${c.added} added`, c.updated && `${c.updated} updated`, c.removed && `${c.removed} removed`].filter(Boolean);
    return changes.length ? [`${table}: ${changes.join(', ')}`] : [];
  });
  return parts.length ? parts.join('; ') : 'nothing changed';
}

/** The Backup section: export, import with a preview, snapshots, the reminder. */
export function createBackupModel() {
  const status = signal<BackupStatus | undefined>(undefined, { name: 'backup.status' });
  const error = signal<string | undefined>(undefined, { name: 'backup.error' });
  const message = signal<string | undefined>(undefined, { name: 'backup.message' });
  /** A chosen file and what importing it would do, waiting for the agent's go-ahead. */
  const pending = signal<{ fileName: string; text: string; mode: ImportMode; preview: ImportPreview } | undefined>(undefined, { name: 'backup.pending' });
  const busy = signal(false, { name: 'backup.busy' });

  async function run(action: () => Promise<string | undefined>): Promise<void> {
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
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return `Exported to ${fileName}`;
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
      return `Imported ${chosen.fileName}: ${summarise(result)}`;
    });

  const restore = (id: string) => run(async () => `Restored the snapshot: ${summarise(await request('backup.restoreSnapshot', { id }))}`);
  const snapshotNow = () => run(async () => (await request('backup.snapshot', {}), 'Snapshot taken'));
  const dismissReminder = () => run(async () => (await request('backup.dismissReminder', {}), undefined));
  const erase = () => run(async () => (await request('backup.erase', { confirm: 'erase' }), 'Library erased. A snapshot of it was kept below.'));

  return { status, error, message, pending, busy, load, exportNow, preview, chooseFile, confirmImport, cancelImport: () => (pending.value = undefined), restore, snapshotNow, dismissReminder, erase };
}

export type BackupModel = ReturnType<typeof createBackupModel>;
