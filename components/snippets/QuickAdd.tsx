import type { QuickAddModel } from '@/utils/state/quick-add-model';
import { useT } from '../i18n';

/** A button while text is selected in the composer; a small form to name it; the text is only ever shown as text. */
export function QuickAdd({ model }: { model: QuickAddModel }) {
  const t = useT();
  const form = model.form.value;
  return (
    <div class="quick-add" data-testid="quick-add">
      {model.error.value && <p class="error" role="alert">{model.error.value}</p>}
      {model.saved.value && <p role="status">{t('quickAddSaved', { title: model.saved.value })}</p>}
      {form ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void model.save();
          }}
        >
          <label class="field">
            <span>{t('quickAddTitle')}</span>
            <input type="text" required maxLength={200} value={form.title} onInput={(e) => model.edit({ title: e.currentTarget.value })} />
          </label>
          <label class="field">
            <span>{t('quickAddBody')}</span>
            <textarea rows={4} required maxLength={20_000} value={form.body} onInput={(e) => model.edit({ body: e.currentTarget.value })} />
          </label>
          <div class="actions">
            <button type="button" onClick={model.cancel}>{t('cancel')}</button>
            <button type="submit">{t('quickAddSave')}</button>
          </div>
        </form>
      ) : (
        model.canSave.value && <button type="button" onClick={model.open}>{t('saveSelection')}</button>
      )}
    </div>
  );
}
