import { useEffect, useMemo } from 'preact/hooks';
import { createAuthoringModel, type AuthoringModel } from './authoring-model';

function saveFile(fileName: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

const fields = [
  ['id', 'Pack id (reverse-DNS, such as com.example.support)'],
  ['name', 'Name'],
  ['author', 'Author'],
  ['version', 'Version'],
] as const;

/** For team leads: build a pack from chosen snippets, set its metadata and version, sign it, export it. */
export function Authoring() {
  const model = useMemo(() => createAuthoringModel(saveFile), []);
  useEffect(() => void model.loadSnippets(), []);
  return (
    <details class="card editor" data-testid="authoring">
      <summary>Create a team pack (for team leads)</summary>
      {fields.map(([field, label]) => (
        <label class="field" key={field}>
          <span>{label}</span>
          <input value={model.meta.value[field]} onInput={(event) => model.setMeta(field, event.currentTarget.value)} />
        </label>
      ))}
      <div class="actions">
        <button onClick={() => model.bump('patch')}>Bump patch</button>
        <button onClick={() => model.bump('minor')}>Bump minor</button>
        <button onClick={() => model.bump('major')}>Bump major</button>
      </div>
      <label class="field">
        <span>Description</span>
        <textarea value={model.meta.value.description} onInput={(event) => model.setMeta('description', event.currentTarget.value)} />
      </label>
      <label class="field">
        <span>What changed in this version (one per line)</span>
        <textarea value={model.meta.value.changes} onInput={(event) => model.setMeta('changes', event.currentTarget.value)} />
      </label>
      <SnippetChooser model={model} />
      <Signing model={model} />
      {model.problems.value.length > 0 && (
        <ul class="error" data-testid="authoring-problems">
          {model.problems.value.map((problem) => <li key={problem}>{problem}</li>)}
        </ul>
      )}
      {model.error.value && <p class="error" role="alert">{model.error.value}</p>}
      {model.message.value && <p role="status">{model.message.value}</p>}
      <div class="actions">
        <button class="primary" onClick={() => void model.exportPack()}>Export pack</button>
      </div>
    </details>
  );
}

function SnippetChooser({ model }: { model: AuthoringModel }) {
  return (
    <fieldset class="field">
      <legend>Snippets to include ({model.chosen.value.size} chosen)</legend>
      <ul class="pack-items">
        {model.snippets.value.map((snippet) => (
          <li key={snippet.id}>
            <label class="check">
              <input type="checkbox" checked={model.chosen.value.has(snippet.id)} onChange={() => model.toggle(snippet.id)} />
              {snippet.title}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Signing({ model }: { model: AuthoringModel }) {
  return (
    <fieldset class="field">
      <legend>Signing</legend>
      <p class="hint">
        The private key signs your packs; anyone who holds it can publish packs your agents will trust. It is saved only to the file you keep, never synced
        or stored by Undertone.
      </p>
      <div class="actions">
        <button onClick={() => void model.generateKey()}>Generate a key pair</button>
        <label class="check">
          Use a saved private key:
          <input type="file" accept=".jwk,.json" onChange={async (event) => void model.loadKey((await event.currentTarget.files?.[0]?.text()) ?? '')} />
        </label>
      </div>
      {model.publicKey.value && (
        <p>
          Public key: <code data-testid="public-key">{model.publicKey.value}</code>
        </p>
      )}
      {model.hasKey.value && <p class="hint">A signing key is loaded; exports will be signed.</p>}
    </fieldset>
  );
}
