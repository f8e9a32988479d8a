import { useT } from '../../i18n';
import type { PacksModel } from './packs-model';
import { Provenance } from './Provenance';

/** Subscribe by address or import a file; hidden when the administrator forbids agents' own packs. */
export function AddPack({ model }: { model: PacksModel }) {
  const t = useT();
  if (model.overview.value?.allowUserPacks === false) {
    return <p class="hint" data-testid="user-packs-disabled">{t('packsManagedByAdmin')}</p>;
  }
  const optional = (value: FormDataEntryValue | null) => String(value ?? '').trim() || undefined;
  return (
    <section class="card editor" aria-labelledby="add-pack-heading">
      <h2 id="add-pack-heading">{t('packsAddHeading')}</h2>
      <form
        class="field"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          void model.subscribe({
            url: String(form.get('url')).trim(),
            intervalHours: Number(form.get('interval')),
            sha256: optional(form.get('sha256')),
            publicKey: optional(form.get('publicKey')),
          });
        }}
      >
        <label class="field">
          <span>{t('packsAddress')}</span>
          <input name="url" type="url" required placeholder="https://intranet.example.com/packs/support.json" />
        </label>
        <label class="field">
          <span>{t('packsInterval')}</span>
          <select name="interval">
            <option value="1">{t('packsEveryHour')}</option>
            <option value="6">{t('packsEvery6Hours')}</option>
            <option value="24" selected>
              {t('packsEveryDay')}
            </option>
            <option value="168">{t('packsEveryWeek')}</option>
          </select>
        </label>
        <label class="field">
          <span>{t('packsPublicKey')}</span>
          <input name="publicKey" placeholder="ed25519:…" />
        </label>
        <label class="field">
          <span>{t('packsPin')}</span>
          <input name="sha256" placeholder={t('packsPinPlaceholder')} />
        </label>
        <div class="actions">
          <button type="submit" class="primary" disabled={model.busy.value}>{t('packsSubscribe')}</button>
        </div>
      </form>
      <label class="field">
        <span>{t('packsImportFile')}</span>
        <input
          type="file"
          accept=".json,application/json"
          data-testid="pack-file"
          onChange={async (event) => {
            // currentTarget is gone once the event has been dispatched, that is after the first await.
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) await model.checkFile(await file.text());
            input.value = '';
          }}
        />
      </label>
      {model.pendingFile.value && <ConfirmFile model={model} />}
    </section>
  );
}

/** A file's signer and key fingerprint, shown before it goes in; an unsigned file says so plainly. */
function ConfirmFile({ model }: { model: PacksModel }) {
  const t = useT();
  const pending = model.pendingFile.value!;
  const { check } = pending;
  return (
    <div class="card confirm-file" data-testid="pack-file-check" role="group" aria-labelledby="pack-file-heading">
      <h3 id="pack-file-heading">{t('packFileHeading')}</h3>
      {check.ok ? (
        <>
          <p>
            <strong>{check.name}</strong> <span class="hint">v{check.version} · {check.packId}</span>
          </p>
          <Provenance provenance={check.provenance} />
          <p class="hint">{t(check.provenance.signed ? 'packFileCompare' : 'packFileUnsigned')}</p>
        </>
      ) : (
        // The validator's own words name each JSON path; they are quoted, not translated.
        <p class="error" role="alert" data-testid="pack-file-refused">{t('packsRefused', { reasons: check.errors.join('; ') })}</p>
      )}
      <form
        class="field"
        onSubmit={(event) => {
          event.preventDefault();
          const key = String(new FormData(event.currentTarget).get('fileKey') ?? '').trim();
          void model.checkFile(pending.text, key || undefined);
        }}
      >
        <label class="field">
          <span>{t('packFileKey')}</span>
          <input name="fileKey" placeholder="ed25519:…" defaultValue={pending.publicKey ?? ''} />
        </label>
        <div class="actions">
          <button type="submit" disabled={model.busy.value}>{t('packFileRecheck')}</button>
          {check.ok && (
            <button type="button" class="primary" disabled={model.busy.value} onClick={() => void model.importPending()}>
              {t('packFileImport')}
            </button>
          )}
          <button type="button" onClick={model.cancelFile}>{t('cancel')}</button>
        </div>
      </form>
    </div>
  );
}
