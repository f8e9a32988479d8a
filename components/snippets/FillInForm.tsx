import type { MessageKey, Translate } from '@/utils/i18n';
import type { PickerModel } from '@/utils/state/picker-model';
import type { ContextKey, Prompt } from '@/utils/snippets/placeholders';
import { useT } from '../i18n';

const contextWords: Record<ContextKey, MessageKey> = {
  'customer.name': 'fillInCustomerName',
  'agent.name': 'fillInAgentName',
  console: 'fillInConsole',
  date: 'fillInDate',
};
/** A console value the adapter could not read is named in the UI language; the snippet's own fill-ins keep its author's words. */
const labelOf = (prompt: Prompt, t: Translate) => (prompt.kind === 'input' && prompt.context ? t(contextWords[prompt.context]) : prompt.label);

/** The questions a snippet asks before it is inserted: fill-ins as text fields, choices as radio buttons. */
export function FillInForm({ model, onSubmit }: { model: PickerModel; onSubmit: () => void }) {
  const t = useT();
  const filling = model.filling.value!;
  const missing = model.missing.value;

  return (
    <form
      class="card fill-in"
      aria-labelledby="fill-in-heading"
      data-testid="fill-in-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!missing) onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') model.cancel();
      }}
    >
      <h2 id="fill-in-heading">{t('fillInHeading', { title: filling.snippet.title })}</h2>
      {filling.prompts.map((prompt, i) =>
        prompt.kind === 'input' ? (
          <label key={prompt.id} class="field">
            <span>{labelOf(prompt, t)}</span>
            <input
              type="text"
              autoFocus={i === 0}
              value={filling.answers[prompt.id] ?? ''}
              onInput={(e) => model.answer(prompt.id, e.currentTarget.value)}
            />
          </label>
        ) : (
          <fieldset key={prompt.id} class="field">
            <legend>{prompt.label}</legend>
            {prompt.options.map((option, j) => (
              <label key={option} class="check">
                <input
                  type="radio"
                  name={prompt.id}
                  autoFocus={i === 0 && j === 0}
                  checked={filling.answers[prompt.id] === option}
                  onChange={() => model.answer(prompt.id, option)}
                />
                {option}
              </label>
            ))}
          </fieldset>
        ),
      )}
      {missing && <p class="hint">{t('fillInMissing', { label: labelOf(missing, t) })}</p>}
      <div class="actions">
        <button type="button" onClick={() => model.cancel()}>{t('cancel')}</button>
        <button type="submit" disabled={missing !== undefined}>{t('insert')}</button>
      </div>
    </form>
  );
}
