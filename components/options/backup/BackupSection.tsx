import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { createBackupModel, dataName, type BackupModel } from '@/utils/state/backup-model';
import type { ImportMode } from '@/utils/backup/library';
import type { SnapshotInfo } from '@/utils/backup/snapshots';
import type { MessageKey } from '@/utils/i18n';
import { fillIn, useDateFormat, useT } from '../../i18n';

const timeOptions: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
const snapshotReasons = { daily: 'snapshot_daily', 'before import': 'snapshot_beforeImport', manual: 'snapshot_manual' } satisfies Record<
  SnapshotInfo['reason'],
  MessageKey
>;

export function BackupSection() {
  const t = useT();
  const timeFormat = useDateFormat(timeOptions);
  const model = useMemo(createBackupModel, []);
  useEffect(() => void model.load(), []);
  const status = model.status.value;

  return (
    <>
      {status?.remindToExport && (
        <div class="banner notice" role="note">
          <span>{t('backupReminder')}</span>
          <span class="actions">
            <button class="primary" onClick={() => void model.exportNow()}>{t('backupExportNow')}</button>
            <button onClick={() => void model.dismissReminder()}>{t('backupLater')}</button>
          </span>
        </div>
      )}
      {model.error.value && <p class="error" role="alert" data-testid="backup-error">{t('failedBecause', { reason: model.error.value })}</p>}
      {model.message.value && <p role="status" class="banner" data-testid="backup-message">{model.message.value(t)}</p>}
      <section class="card editor" aria-labelledby="export-heading">
        <h2 id="export-heading">{t('backupExportHeading')}</h2>
        <p class="hint">
          {t('backupExportHint', { snippets: status?.snippets ?? 0, notes: status?.notes ?? 0 })}
          {status?.lastExportAt ? t('backupLastExported', { time: timeFormat.format(status.lastExportAt) }) : t('backupNeverExported')}
        </p>
        <div class="actions">
          <button class="primary" disabled={model.busy.value} onClick={() => void model.exportNow()}>{t('backupExportLibrary')}</button>
        </div>
      </section>
      <ImportCard model={model} />
      <SnapshotsCard model={model} />
      <EraseCard model={model} />
    </>
  );
}

function ImportCard({ model }: { model: BackupModel }) {
  const t = useT();
  const mode = useSignal<ImportMode>('merge');
  const pending = model.pending.value;
  const chooseMode = (next: ImportMode) => {
    mode.value = next;
    if (pending) void model.preview(pending.fileName, pending.text, next);
  };
  return (
    <section class="card editor" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('backupImport')}</h2>
      <fieldset class="field">
        <legend>{t('backupHow')}</legend>
        <label class="check">
          <input type="radio" name="import-mode" checked={mode.value === 'merge'} onChange={() => chooseMode('merge')} />
          {t('backupMerge')}
        </label>
        <label class="check">
          <input type="radio" name="import-mode" checked={mode.value === 'replace'} onChange={() => chooseMode('replace')} />
          {t('backupReplace')}
        </label>
      </fieldset>
      <label class="field">
        <span>{t('backupFile')}</span>
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void model.chooseFile(file, mode.value);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {pending && <ImportPreviewTable model={model} />}
    </section>
  );
}

function ImportPreviewTable({ model }: { model: BackupModel }) {
  const t = useT();
  const { fileName, mode, preview } = model.pending.value!;
  const names = (list: string[]) => list.join(t('listSeparator'));
  return (
    <div data-testid="import-preview">
      <p>{fillIn(t(mode === 'merge' ? 'backupPreviewMerge' : 'backupPreviewReplace'), { file: <strong>{fileName}</strong> })}</p>
      <table class="preview-table">
        <thead>
          <tr>
            <th>{t('backupColumnData')}</th><th>{t('columnAdded')}</th><th>{t('backupColumnUpdated')}</th><th>{t('backupColumnUnchanged')}</th>
            <th>{t('backupColumnKept')}</th><th>{t('columnRemoved')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(preview.tables).map(([table, c]) => (
            <tr key={table}>
              <th scope="row">{dataName(table, t)}</th>
              <td>{c.added}</td><td>{c.updated}</td><td>{c.unchanged}</td><td>{c.keptLocal}</td><td>{c.removed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.warnings.map((warning) => (
        <p key={warning} class="hint">
          {t('backupLeftOut', { reason: warning })}
        </p>
      ))}
      {preview.storage.length > 0 && (
        <p class="hint">{t('backupAlsoReplaced', { keys: names(preview.storage.filter((k) => !k.endsWith('$')).map((k) => dataName(k, t))) })}</p>
      )}
      {Object.entries(preview.tables)
        .filter(([, change]) => change.examples.removed.length > 0)
        .map(([table, change]) => (
          <p key={table} class="hint">
            {t('backupRemovedInclude', { table: dataName(table, t), titles: names(change.examples.removed) })}
          </p>
        ))}
      <div class="actions">
        <button onClick={() => model.cancelImport()}>{t('cancel')}</button>
        <button class="primary" disabled={model.busy.value} onClick={() => void model.confirmImport()}>{t('backupImport')}</button>
      </div>
    </div>
  );
}

function SnapshotsCard({ model }: { model: BackupModel }) {
  const t = useT();
  const timeFormat = useDateFormat(timeOptions);
  const confirming = useSignal<string | undefined>(undefined);
  const snapshots = model.status.value?.snapshots ?? [];
  return (
    <section class="card editor" aria-labelledby="snapshots-heading">
      <h2 id="snapshots-heading">{t('backupSnapshotsHeading')}</h2>
      <p class="hint">{t('backupSnapshotsHint', { kept: model.status.value?.snapshotsKept ?? '' })}</p>
      <ul class="note-list" data-testid="snapshots">
        {snapshots.map((s) => (
          <li key={s.id} class="toolbar">
            <span>
              {t('backupSnapshotLine', { time: timeFormat.format(s.takenAt), reason: t(snapshotReasons[s.reason]), snippets: s.snippets, notes: s.notes })}
            </span>
            {confirming.value === s.id ? (
              <button class="primary" onClick={() => ((confirming.value = undefined), void model.restore(s.id))}>{t('backupReplaceWithSnapshot')}</button>
            ) : (
              <button onClick={() => (confirming.value = s.id)}>{t('backupRestore')}</button>
            )}
          </li>
        ))}
      </ul>
      <div class="actions">
        <button disabled={model.busy.value} onClick={() => void model.snapshotNow()}>{t('backupSnapshotNow')}</button>
      </div>
    </section>
  );
}

function EraseCard({ model }: { model: BackupModel }) {
  const t = useT();
  const word = useSignal('');
  // The agent confirms with a word of their own language; the request always says 'erase'.
  const confirmWord = t('backupEraseWord');
  return (
    <section class="card editor" aria-labelledby="erase-heading">
      <h2 id="erase-heading">{t('backupEraseHeading')}</h2>
      <label class="field">
        <span>{t('backupEraseHint', { word: confirmWord })}</span>
        <input type="text" value={word.value} onInput={(e) => (word.value = e.currentTarget.value)} data-testid="erase-confirm" />
      </label>
      <div class="actions">
        <button disabled={word.value.trim() !== confirmWord || model.busy.value} onClick={() => ((word.value = ''), void model.erase())}>
          {t('backupEraseLibrary')}
        </button>
      </div>
    </section>
  );
}
