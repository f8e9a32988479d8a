import type { PacksModel } from './packs-model';

/** Subscribe by address or import a file; hidden when the administrator forbids agents' own packs. */
export function AddPack({ model }: { model: PacksModel }) {
  if (model.overview.value?.allowUserPacks === false) {
    return <p class="hint" data-testid="user-packs-disabled">Your administrator manages team packs; adding your own is turned off.</p>;
  }
  const optional = (value: FormDataEntryValue | null) => String(value ?? '').trim() || undefined;
  return (
    <section class="card editor" aria-labelledby="add-pack-heading">
      <h2 id="add-pack-heading">Add a team pack</h2>
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
          <span>Pack address (https://…)</span>
          <input name="url" type="url" required placeholder="https://intranet.example.com/packs/support.json" />
        </label>
        <label class="field">
          <span>Check for updates every</span>
          <select name="interval" defaultValue="24">
            <option value="1">hour</option>
            <option value="6">6 hours</option>
            <option value="24">day</option>
            <option value="168">week</option>
          </select>
        </label>
        <label class="field">
          <span>Public key the pack must be signed with (optional, from your team lead)</span>
          <input name="publicKey" placeholder="ed25519:…" />
        </label>
        <label class="field">
          <span>SHA-256 pin of one exact file (optional)</span>
          <input name="sha256" placeholder="64 hexadecimal characters" />
        </label>
        <div class="actions">
          <button type="submit" class="primary" disabled={model.busy.value}>Subscribe</button>
        </div>
      </form>
      <label class="field">
        <span>Or import a pack file</span>
        <input
          type="file"
          accept=".json,application/json"
          data-testid="pack-file"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (file) await model.importFile(await file.text());
            event.currentTarget.value = '';
          }}
        />
      </label>
    </section>
  );
}
