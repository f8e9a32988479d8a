import { useComputed, useSignal } from '@preact/signals';
import { CUSTOMER_KINDS } from '@/utils/coaching/types';
import type { Snippet, SnippetLanguage } from '@/utils/db/schema';
import { languageNames } from '@/utils/i18n';
import { parseLightMarkup } from '@/utils/snippets/rich-text';
import type { SnippetDraft } from '@/utils/db/schema';
import { RichPreview } from '../../snippets/RichPreview';
import { useT } from '../../i18n';

/** A snippet's own language; each is named in itself, as in the interface-language menu. */
const snippetLanguages = Object.entries(languageNames) as [Exclude<SnippetLanguage, 'any'>, string][];
/** The coaching signals a snippet can help with; the engine suggests it when one shows. Crisis has its own card, never a stock reply. */
const coachingStates = CUSTOMER_KINDS.filter((kind) => kind !== 'crisis');

interface Props {
  snippet?: Snippet;
  onSave: (draft: SnippetDraft) => Promise<boolean>;
  onCancel: () => void;
}

/** Create or edit one snippet. The server checks everything again; this form only shapes the draft. */
export function SnippetEditor({ snippet, onSave, onCancel }: Props) {
  const t = useT();
  const title = useSignal(snippet?.title ?? '');
  const body = useSignal(snippet?.body ?? '');
  const tags = useSignal(snippet?.tags.join(', ') ?? '');
  const lang = useSignal<SnippetLanguage>(snippet?.lang ?? 'any');
  const states = useSignal<string[]>(snippet?.states ?? []);
  const shortcut = useSignal(snippet?.shortcut ?? '');
  const light = useSignal(snippet?.format === 'light');
  /** The formatted body as it will look in a rich reply box, read as the agent types. */
  const preview = useComputed(() => (light.value && body.value.trim() ? parseLightMarkup(body.value) : undefined));
  const saving = useSignal(false);

  async function submit(event: Event) {
    event.preventDefault();
    saving.value = true;
    const draft: SnippetDraft = {
      title: title.value,
      body: body.value,
      ...(light.value ? { format: 'light' as const } : {}),
      tags: [...new Set(tags.value.split(/[,，]/).map((t) => t.trim()).filter(Boolean))],
      lang: lang.value,
      states: states.value,
      ...(shortcut.value.trim() ? { shortcut: shortcut.value } : {}),
    };
    const saved = await onSave(draft);
    saving.value = false;
    if (saved) onCancel();
  }

  return (
    <form class="card editor" aria-labelledby="editor-heading" onSubmit={submit} data-testid="snippet-editor">
      <h2 id="editor-heading">{snippet ? t('editorEditHeading') : t('libraryNew')}</h2>
      {snippet && snippet.source !== 'personal' && <p class="hint">{t('editorForkHint')}</p>}
      <label class="field">
        <span>{t('columnTitle')}</span>
        <input type="text" required maxLength={200} value={title.value} onInput={(e) => (title.value = e.currentTarget.value)} autoFocus />
      </label>
      <label class="field">
        <span>{t('editorText')}</span>
        <textarea rows={6} required maxLength={20_000} value={body.value} onInput={(e) => (body.value = e.currentTarget.value)} />
      </label>
      <label class="check">
        <input type="checkbox" data-testid="snippet-format" checked={light.value} onChange={(e) => (light.value = e.currentTarget.checked)} aria-describedby="format-hint" />
        {t('editorFormat')}
      </label>
      <p class="hint" id="format-hint">{t('editorFormatHint')}</p>
      {preview.value && (
        <section class="format-preview" aria-label={t('editorPreview')} data-testid="snippet-format-preview">
          <RichPreview blocks={preview.value} links="anchor" />
        </section>
      )}
      <div class="row">
        <label class="field">
          <span>{t('editorTags')}</span>
          <input type="text" value={tags.value} onInput={(e) => (tags.value = e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>{t('editorLanguage')}</span>
          <select value={lang.value} onChange={(e) => (lang.value = e.currentTarget.value as SnippetLanguage)}>
            <option value="any">{t('editorAnyLanguage')}</option>
            {snippetLanguages.map(([code, name]) => (
              <option key={code} value={code} lang={code}>{name}</option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('editorShortcut')}</span>
          <input type="text" maxLength={32} value={shortcut.value} onInput={(e) => (shortcut.value = e.currentTarget.value)} />
        </label>
      </div>
      <fieldset class="field">
        <legend>{t('editorHelpsWith')}</legend>
        <div class="toolbar">
          {coachingStates.map((state) => (
            <label key={state} class="check">
              <input
                type="checkbox"
                checked={states.value.includes(state)}
                onChange={(e) => (states.value = e.currentTarget.checked ? [...states.value, state] : states.value.filter((s) => s !== state))}
              />
              {t(`signal_${state}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="actions">
        <button type="button" onClick={onCancel}>{t('cancel')}</button>
        <button type="submit" disabled={saving.value}>{t('editorSave')}</button>
      </div>
    </form>
  );
}
