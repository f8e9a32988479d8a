import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { createBackupModel, type BackupModel } from '@/utils/backup/backup-model';
import type { ImportMode } from '@/utils/backup/library';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function BackupSection() {
  const model = useMemo(createBackupModel, []);
  useEffect(() => void model.load(), []);
  const status = model.status.value;

  return (
    <>
      {status?.remindToExport && (
        <div class="banner notice" role="note">
          <span>Your library lives only on this device. Export a copy now and then, so a lost profile does not lose it.</span>
          <span class="actions">
            <button class="primary" onClick={() => void model.exportNow()}>Export now</button>
            <button onClick={() => void model.dismissReminder()}>Later</button>
          </span>
        </div>
      )}
      {model.error.value && <p class="error" role="alert" data-testid="backup-error">{model.error.value}</p>}
      {model.message.value && <p role="status" class="banner" data-testid="backup-message">{model.message.value}</p>}
      <section class="card editor" aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <p class="hint">
          One JSON file with your {status?.snippets ?? 0} snippets, {status?.notes ?? 0} notes, settings, pack subscriptions and custom consoles.
          {status?.lastExportAt ? ` Last exported ${timeFormat.format(status.lastExportAt)}.` : ' Never exported yet.'}
        </p>
        <div class="actions">
          <button class="primary" disabled={model.busy.value} onClick={() => void model.exportNow()}>Export library</button>
        </div>
      </section>
      <ImportCard model={model} />
      <SnapshotsCard model={model} />
      <EraseCard model={model} />
    </>
  );
}

function ImportCard({ model }: { model: BackupModel }) {
  const mode = useSignal<ImportMode>('merge');
  const pending = model.pending.value;
  const chooseMode = (next: ImportMode) => {
    mode.value = next;
    if (pending) void model.preview(pending.fileName, pending.text, next);
  };
  return (
    <section class="card editor" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <fieldset class="field">
        <legend>How</legend>
        <label class="check">
          <input type="radio" name="import-mode" checked={mode.value === 'merge'} onChange={() => chooseMode('merge')} />
          Merge: add what is new, keep the newer copy of what both have
        </label>
        <label class="check">
          <input type="radio" name="import-mode" checked={mode.value === 'replace'} onChange={() => chooseMode('replace')} />
          Replace: make the library exactly the file
        </label>
      </fieldset>
      <label class="field">
        <span>Backup file</span>
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
  const { fileName, mode, preview } = model.pending.value!;
  return (
    <div data-testid="import-preview">
      <p>
        {mode === 'merge' ? 'Merging' : 'Replacing with'} <strong>{fileName}</strong> would change:
      </p>
      <table class="preview-table">
        <thead>
          <tr><th>Data</th><th>Added</th><th>Updated</th><th>Unchanged</th><th>Kept (newer here)</th><th>Removed</th></tr>
        </thead>
        <tbody>
          {Object.entries(preview.tables).map(([table, c]) => (
            <tr key={table}>
              <th scope="row">{table}</th>
              <td>{c.added}</td><td>{c.updated}</td><td>{c.unchanged}</td><td>{c.keptLocal}</td><td>{c.removed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.warnings.map((warning) => <p key={warning} class="hint">{warning}</p>)}
      {preview.storage.length > 0 && <p class="hint">Also replaced: {preview.storage.filter((k) => !k.endsWith('$')).join(', ')}</p>}
      {Object.entries(preview.tables)
        .filter(([, change]) => change.examples.removed.length > 0)
        .map(([table, change]) => (
          <p key={table} class="hint">Removed {table} include: {change.examples.removed.join(', ')}</p>
        ))}
      <div class="actions">
        <button onClick={() => model.cancelImport()}>Cancel</button>
        <button class="primary" disabled={model.busy.value} onClick={() => void model.confirmImport()}>Import</button>
      </div>
    </div>
  );
}

function SnapshotsCard({ model }: { model: BackupModel }) {
  const confirming = useSignal<string | undefined>(undefined);
  const snapshots = model.status.value?.snapshots ?? [];
  return (
    <section class="card editor" aria-labelledby="snapshots-heading">
      <h2 id="snapshots-heading">Snapshots on this device</h2>
      <p class="hint">Taken daily and before every import; the newest {model.status.value?.snapshotsKept} are kept. Restoring one replaces the library (after a snapshot of it).</p>
      <ul class="note-list" data-testid="snapshots">
        {snapshots.map((s) => (
          <li key={s.id} class="toolbar">
            <span>{timeFormat.format(s.takenAt)} · {s.reason} · {s.snippets} snippets, {s.notes} notes</span>
            {confirming.value === s.id ? (
              <button class="primary" onClick={() => ((confirming.value = undefined), void model.restore(s.id))}>Replace library with this snapshot</button>
            ) : (
              <button onClick={() => (confirming.value = s.id)}>Restore…</button>
            )}
          </li>
        ))}
      </ul>
      <div class="actions">
        <button disabled={model.busy.value} onClick={() => void model.snapshotNow()}>Take a snapshot now</button>
      </div>
    </section>
  );
}

function EraseCard({ model }: { model: BackupModel }) {
  const word = useSignal('');
  return (
    <section class="card editor" aria-labelledby="erase-heading">
      <h2 id="erase-heading">Erase the library</h2>
      <label class="field">
        <span>Deletes every snippet, note, pack subscription and custom adapter on this device (a snapshot is kept; your administrator’s packs stay). Type “erase” to confirm.</span>
        <input type="text" value={word.value} onInput={(e) => (word.value = e.currentTarget.value)} data-testid="erase-confirm" />
      </label>
      <div class="actions">
        <button disabled={word.value !== 'erase' || model.busy.value} onClick={() => ((word.value = ''), void model.erase())}>Erase library</button>
      </div>
    </section>
  );
}
