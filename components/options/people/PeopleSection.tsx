import { useEffect, useMemo } from 'preact/hooks';
import type { RememberedCustomer } from '@/utils/db/people';
import { createRememberedModel, type RememberedModel } from '@/utils/state/remembered-model';
import type { SettingsModel } from '@/utils/state/settings-model';
import { useDateFormat, useT } from '../../i18n';
import { PeopleSettings } from '../../people/PeopleSettings';

/**
 * The people on both sides, from the options page: the settings (the page's
 * own settings model, which the language menu shares), and every
 * customer memory holds with what it holds of them, each deletable. The agent
 * can always see what is kept about whom.
 */
export function PeopleSection({ settings }: { settings: SettingsModel }) {
  const t = useT();
  const model = useMemo(() => createRememberedModel(settings), []);
  useEffect(() => void model.refresh(), []);
  const memoryOn = settings.settings.value.customerMemory === 'on';
  return (
    <section aria-labelledby="people-heading" data-testid="people-section">
      <h2 id="people-heading">{t('peopleHeading')}</h2>
      <p class="hint">{t('peopleHint')}</p>
      <PeopleSettings settings={settings} people={model} />
      <h3>{t('rememberedHeading')}</h3>
      {model.error.value && <p class="error" role="alert">{model.error.value}</p>}
      {!memoryOn ? (
        <p class="muted">{t('rememberedOff')}</p>
      ) : model.customers.value.length === 0 ? (
        <p class="muted">{t('rememberedNone')}</p>
      ) : (
        <ul class="remembered" data-testid="remembered">
          {model.customers.value.map((row) => <RememberedRow key={row.customer.key} row={row} model={model} />)}
        </ul>
      )}
    </section>
  );
}

function RememberedRow({ row, model }: { row: RememberedCustomer; model: RememberedModel }) {
  const t = useT();
  const day = useDateFormat({ day: 'numeric', month: 'short', year: 'numeric' });
  const name = row.customer.label;
  return (
    <li class="card" data-testid="remembered-customer">
      <h4>{name}</h4>
      <p class="muted">
        {t('rememberedFacts', { date: day.format(row.customer.lastSeenAt), conversations: row.conversations, promises: row.openPromises })}
      </p>
      {row.memories.length > 0 && (
        <ul class="memories">
          {row.memories.map((memory) => (
            <li key={memory.id}>
              <span>{memory.text}</span>{' '}
              <button type="button" class="link" aria-label={t('forgetMemoryLabel', { text: memory.text })} onClick={() => void model.forgetMemory(memory.id)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" data-testid="forget-customer" onClick={() => void model.forgetCustomer(row.customer.key)}>
          {t('forgetCustomer', { name })}
        </button>
      </div>
    </li>
  );
}
