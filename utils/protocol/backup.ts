import * as v from 'valibot';
import type { ImportPreview } from '../backup/library';
import type { SnapshotInfo } from '../backup/snapshots';
import { MAX_FILE_CHARS } from '../backup/json-guard';
import { defineRequest } from './define';
import { formatCount } from '../validation';

const fileText = v.pipe(
  v.string('the file must be text'),
  v.minLength(1, 'the file is empty'),
  v.maxLength(MAX_FILE_CHARS, `the file is longer than ${formatCount(MAX_FILE_CHARS)} characters`),
);
const mode = v.picklist(['merge', 'replace'], 'mode must be merge or replace');

export interface BackupStatus {
  snippets: number;
  notes: number;
  lastExportAt?: number;
  snapshots: SnapshotInfo[];
  /** How many snapshots are kept. */
  snapshotsKept: number;
  remindToExport: boolean;
}

export const backupRequests = {
  /** The whole library as one file's text; remembers when, for the reminder. */
  'backup.export': defineRequest<{ fileName: string; text: string }>()(v.strictObject({})),
  /** What importing would change; writes nothing. */
  'backup.preview': defineRequest<ImportPreview>()(v.strictObject({ text: fileText, mode })),
  /** Snapshots the present, then imports in one transaction. */
  'backup.import': defineRequest<ImportPreview>()(v.strictObject({ text: fileText, mode })),
  'backup.status': defineRequest<BackupStatus>()(v.strictObject({})),
  'backup.snapshot': defineRequest<SnapshotInfo>()(v.strictObject({})),
  'backup.restoreSnapshot': defineRequest<ImportPreview>()(v.strictObject({ id: v.pipe(v.string(), v.regex(/^\d{1,16}$/, 'not a snapshot id')) })),
  'backup.dismissReminder': defineRequest<void>()(v.strictObject({})),
  /** Empties the library (a snapshot is taken first); the word must be typed, so no stray click does it. */
  'backup.erase': defineRequest<void>()(v.strictObject({ confirm: v.literal('erase', 'confirm must be "erase"') })),
};
