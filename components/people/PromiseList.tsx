import type { Language } from '@/utils/i18n';
import type { PeopleModel } from '@/utils/state/people-model';
import { useT } from '../i18n';
import { timeFormat } from './format';
import { PromiseItem } from './PromiseItem';

/**
 * The promises made in this conversation and to this customer. A due one is
 * raised as a reminder when the agent opens the conversation or the customer
 * writes again, which is when keeping it matters.
 */
export function PromiseList({ model, language }: { model: PeopleModel; language: Language }) {
  const t = useT();
  const format = timeFormat(language);
  const reminders = model.reminders.value;
  const promises = model.promises.value;
  if (promises.length === 0) return null;
  const dueIds = new Set(reminders.map((p) => p.id));
  return (
    <>
      {reminders.length > 0 && (
        <section class="card promise-reminder" role="status" aria-labelledby="promise-reminder-heading" data-testid="promise-reminder">
          <h2 id="promise-reminder-heading">{t('reminderHeading')}</h2>
          <ul class="promise-list">
            {reminders.map((promise) => (
              <PromiseItem key={promise.id} promise={promise} now={model.clock.value} format={format} onClose={model.closePromise} />
            ))}
          </ul>
          <button type="button" class="link" onClick={model.dismissReminders}>
            {t('reminderLater')}
          </button>
        </section>
      )}
      <section class="card promises" aria-labelledby="promises-heading" data-testid="promises">
        <h2 id="promises-heading">{t('promisesHeading')}</h2>
        <ul class="promise-list">
          {promises
            .filter((p) => !dueIds.has(p.id))
            .map((promise) => (
              <PromiseItem key={promise.id} promise={promise} now={model.clock.value} format={format} onClose={model.closePromise} />
            ))}
        </ul>
      </section>
    </>
  );
}
