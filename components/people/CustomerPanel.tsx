import { useSignal } from '@preact/signals';
import type { Visit } from '@/utils/db/schema';
import { endedCooler } from '@/utils/db/people';
import type { Language, MessageKey } from '@/utils/i18n';
import { HEATED } from '@/utils/people/records';
import type { PeopleModel } from '@/utils/state/people-model';
import { useT } from '../i18n';
import { dayFormat } from './format';

const heatKey = (visit: Visit): MessageKey =>
  endedCooler(visit, HEATED) ? 'heatedThenCalmer' : visit.peak >= HEATED ? 'heat_heated' : visit.peak >= 0.35 ? 'heat_tense' : 'heat_calm';

/**
 * The customer, across conversations: asks once before remembering anyone;
 * then shows a returning customer's earlier conversations with their notes,
 * the things worth remembering, and the last message's phrases to remember
 * with one click.
 */
export function CustomerPanel({ model, language }: { model: PeopleModel; language: Language }) {
  const t = useT();
  const note = useSignal('');
  const identified = model.identified.value;
  if (model.askMemory.value && identified) {
    return (
      <section class="card customer-ask" aria-labelledby="customer-ask-heading" data-testid="memory-ask">
        <h2 id="customer-ask-heading">{t('customerHeading', { name: identified.label })}</h2>
        <p>{t('memoryAsk', { name: identified.label })}</p>
        <div class="actions">
          <button type="button" data-testid="memory-yes" onClick={() => void model.chooseMemory('on')}>
            {t('memoryYes')}
          </button>
          <button type="button" class="link" onClick={() => void model.chooseMemory('off')}>
            {t('memoryNo')}
          </button>
        </div>
      </section>
    );
  }
  const customer = model.customer.value;
  const history = model.history.value;
  if (!customer || !history) return null;
  const format = dayFormat(language);
  const remembered = new Set(history.memories.map((m) => m.text));

  async function saveNote(event: Event) {
    event.preventDefault();
    if (await model.remember(note.value, 'note')) note.value = '';
  }

  return (
    <section class="card customer" aria-labelledby="customer-heading" data-testid="customer">
      <h2 id="customer-heading">{t('customerHeading', { name: customer.label })}</h2>
      {history.earlier.length === 0 ? (
        <p class="muted">{t('customerFirstTime', { name: customer.label })}</p>
      ) : (
        <>
          <h3>{t('earlierHeading')}</h3>
          <ul class="earlier" data-testid="earlier-conversations">
            {history.earlier.map((visit) => (
              <li key={visit.conversationKey}>
                <span>{format.format(visit.lastAt)}</span> · <span>{t(heatKey(visit))}</span>
                {visit.notes.map((n) => (
                  <p key={n.id} class="muted">
                    {n.text}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('rememberHeading')}</h3>
      <ul class="memories" data-testid="memories">
        {history.memories.map((memory) => (
          <li key={memory.id}>
            <span>{memory.text}</span>{' '}
            <button type="button" class="link" onClick={() => void model.forget(memory.id)}>
              {t('forget')}
            </button>
          </li>
        ))}
      </ul>
      {model.phrases.value.some((p) => !remembered.has(p)) && (
        <>
          <p class="hint">{t('rememberHint')}</p>
          <ul class="phrases">
            {model.phrases.value
              .filter((phrase) => !remembered.has(phrase))
              .map((phrase) => (
                <li key={phrase}>
                  <button type="button" class="phrase" data-testid="remember-phrase" aria-label={t('rememberPhrase', { phrase })} onClick={() => void model.remember(phrase, 'phrase')}>
                    {phrase}
                  </button>
                </li>
              ))}
          </ul>
        </>
      )}
      <form class="customer-note" onSubmit={saveNote}>
        <label class="visually-hidden" for="customer-note-input">
          {t('customerNotePlaceholder')}
        </label>
        <input id="customer-note-input" data-testid="customer-note" placeholder={t('customerNotePlaceholder')} value={note.value} onInput={(e) => (note.value = e.currentTarget.value)} />
        <button type="submit" disabled={!note.value.trim()}>
          {t('rememberNote')}
        </button>
      </form>
    </section>
  );
}
