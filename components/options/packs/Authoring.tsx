import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { ITEM_KINDS } from '@/utils/packs/schema';
import { fillIn, useT } from '../../i18n';
import { AgentPreview } from './AgentPreview';
import { createAuthoringModel, type AuthoringModel } from './authoring-model';
import { fieldMessage } from './forms/field-message';
import { KindEditor } from './forms/KindEditor';
import { saveFile } from '@/utils/save-file';

const fields = [
  ['id', 'authoringId', 'formRulePackId'],
  ['name', 'authoringName', undefined],
  ['author', 'authoringAuthor', undefined],
  ['version', 'authoringVersion', 'formRuleVersion'],
] as const;

/**
 * For team leads: start from an existing pack (a file or an installed one) or
 * from chosen snippets, edit every kind of item in its own form, preview it as an agent,
 * set the version and changelog, sign it, export it.
 */
export function Authoring({ installed }: { installed: { packId: string; name: string }[] }) {
  const t = useT();
  const model = useMemo(() => createAuthoringModel(saveFile, { name: t('authoringDefaultName'), changes: t('authoringDefaultChanges') }), []);
  const previewing = useSignal(false);
  useEffect(() => void model.loadSnippets(), []);
  return (
    <details class="card editor" data-testid="authoring">
      <summary>{t('authoringSummary')}</summary>
      <OpenPack model={model} installed={installed} />
      {fields.map(([field, label, rule]) => {
        const problem = model.fieldProblems.value.get(field);
        const message = problem ? fieldMessage(problem, model.meta.value[field], { rule }, t) : field === 'version' && model.versionProblem.value?.(t);
        return (
          <div class="form-field" key={field} data-field={field}>
            <label class="field">
              <span>{t(label)}</span>
              <input
                value={model.meta.value[field]}
                onInput={(event) => model.setMeta(field, event.currentTarget.value)}
                aria-invalid={message ? 'true' : undefined}
                aria-describedby={message ? `authoring-${field}-error` : undefined}
              />
            </label>
            {message && <p class="field-error" id={`authoring-${field}-error`}>{message}</p>}
          </div>
        );
      })}
      <div class="actions">
        <button onClick={() => model.bump('patch')}>{t('authoringBumpPatch')}</button>
        <button onClick={() => model.bump('minor')}>{t('authoringBumpMinor')}</button>
        <button onClick={() => model.bump('major')}>{t('authoringBumpMajor')}</button>
      </div>
      <label class="field">
        <span>{t('authoringDescription')}</span>
        <textarea value={model.meta.value.description} onInput={(event) => model.setMeta('description', event.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('authoringChanges')}</span>
        <textarea data-testid="authoring-changes" value={model.meta.value.changes} onInput={(event) => model.setMeta('changes', event.currentTarget.value)} />
      </label>
      <SnippetChooser model={model} />
      {ITEM_KINDS.map((kind) => <KindEditor key={kind} kind={kind} model={model} />)}
      <div class="actions">
        <button onClick={() => (previewing.value = !previewing.value)} aria-expanded={previewing.value}>{t('authoringPreview')}</button>
      </div>
      {previewing.value && <AgentPreview phrasings={model.phrasings.value} />}
      <Signing model={model} />
      {model.problems.value.length > 0 && (
        <div class="error" data-testid="authoring-problems">
          {/* The validator's messages name JSON paths; they are listed as it wrote them. */}
          <p>{t('authoringProblems')}</p>
          <ul>{model.problems.value.map((problem) => <li key={problem}>{problem}</li>)}</ul>
        </div>
      )}
      {model.error.value && <p class="error" role="alert">{model.error.value(t)}</p>}
      {model.message.value && <p role="status">{model.message.value(t)}</p>}
      <div class="actions">
        <button class="primary" onClick={() => void model.exportPack()}>{t('authoringExport')}</button>
      </div>
    </details>
  );
}

function OpenPack({ model, installed }: { model: AuthoringModel; installed: { packId: string; name: string }[] }) {
  const t = useT();
  const choice = useSignal('');
  return (
    <div class="field">
      <label class="field">
        <span>{t('authoringOpenFile')}</span>
        <input
          type="file"
          accept=".json,application/json"
          data-testid="authoring-open-file"
          onChange={async (event) => {
            const input = event.currentTarget;
            const text = (await input.files?.[0]?.text()) ?? '';
            input.value = '';
            if (text) model.openFile(text);
          }}
        />
      </label>
      {installed.length > 0 && (
        <div class="actions">
          <label>
            {t('authoringOpenInstalled')}{' '}
            <select data-testid="authoring-installed" value={choice.value} onChange={(event) => (choice.value = event.currentTarget.value)}>
              <option value="" />
              {installed.map((pack) => <option key={pack.packId} value={pack.packId}>{pack.name}</option>)}
            </select>
          </label>
          <button data-testid="authoring-open-installed" disabled={!choice.value} onClick={() => void model.openInstalled(choice.value)}>{t('authoringOpen')}</button>
        </div>
      )}
    </div>
  );
}

function SnippetChooser({ model }: { model: AuthoringModel }) {
  const t = useT();
  return (
    <fieldset class="field">
      <legend>{t('authoringChosen', { count: model.chosen.value.size })}</legend>
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
  const t = useT();
  return (
    <fieldset class="field">
      <legend>{t('authoringSigning')}</legend>
      <p class="hint">{t('authoringSigningHint')}</p>
      <div class="actions">
        <button onClick={() => void model.generateKey()}>{t('authoringGenerateKey')}</button>
        <label class="check">
          {t('authoringUseKey')}
          <input type="file" accept=".jwk,.json" onChange={async (event) => void model.loadKey((await event.currentTarget.files?.[0]?.text()) ?? '')} />
        </label>
      </div>
      {model.publicKey.value && (
        <p>{fillIn(t('authoringPublicKey'), { key: <code data-testid="public-key">{model.publicKey.value}</code> })}</p>
      )}
      {model.keyFingerprint.value && (
        <p>{fillIn(t('authoringFingerprint'), { fingerprint: <code data-testid="key-fingerprint">{model.keyFingerprint.value}</code> })}</p>
      )}
      {model.hasKey.value && <p class="hint">{t('authoringKeyLoadedHint')}</p>}
    </fieldset>
  );
}
