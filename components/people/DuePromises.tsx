import { useSignal } from '@preact/signals';
import type { Language } from '@/utils/i18n';
import type { PeopleModel } from '@/utils/state/people-model';
import { useT } from '../i18n';
import { timeFormat } from './format';
import { PromiseItem } from './PromiseItem';

/** The header's small list: every due or overdue promise, whichever conversation it belongs to. Shown only when there is one. */
export function DuePromises({ model, language }: { model: PeopleModel; language: Language }) {
  const t = useT();
  const open = useSignal(false);
  const due = model.due.value;
  if (due.length === 0) return null;
  const label = t('dueButton', { count: due.length });
  return (
    <div class="due-promises">
      <button type="button" class="icon-button due-button" aria-expanded={open.value} aria-label={label} title={label} data-testid="due-button" onClick={() => (open.value = !open.value)}>
        <span aria-hidden="true">⏰</span> {due.length}
      </button>
      {open.value && (
        <section class="due-list card" aria-label={t('dueListHeading')} data-testid="due-list">
          <ul class="promise-list">
            {due.map((promise) => (
              <PromiseItem key={promise.id} promise={promise} now={model.clock.value} format={timeFormat(language)} onClose={model.closePromise} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
