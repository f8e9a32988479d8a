import type { ConsoleModel } from '@/utils/state/console-model';
import { useT } from '../i18n';

/** Which console Undertone is reading, and a way to teach it this page when it reads it wrong (the element picker). */
export function ConsoleStatus({ model, onPick }: { model: ConsoleModel; onPick: () => void }) {
  const t = useT();
  const state = model.state.value;
  if (state === undefined) return <p class="status" role="status">{t('connecting')}</p>;
  if (state === null) {
    return (
      <section class="empty" role="status">
        <h2>{t('noConsoleTitle')}</h2>
        <p>{t('noConsoleBody')}</p>
        <button type="button" class="link" onClick={onPick}>
          {t('pickElements')}
        </button>
      </section>
    );
  }
  return (
    <p class="status" role="status" data-testid="console-status" data-conversation={state.conversationKey}>
      <span class="dot" aria-hidden="true" /> {state.consoleName}
      {state.customerName ? ` · ${state.customerName}` : ''}
      {state.notice ? <span class="notice"> · {state.notice}</span> : null}{' '}
      <button type="button" class="link" onClick={onPick} title={t('pickElementsHint')}>
        {t('pickElements')}
      </button>
    </p>
  );
}
