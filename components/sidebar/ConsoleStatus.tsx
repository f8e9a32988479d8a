import type { ConsoleModel } from '@/utils/state/console-model';
import { useT } from '../i18n';

export function ConsoleStatus({ model }: { model: ConsoleModel }) {
  const t = useT();
  const state = model.state.value;
  if (state === undefined) return <p class="status" role="status">{t('connecting')}</p>;
  if (state === null) {
    return (
      <section class="empty" role="status">
        <h2>{t('noConsoleTitle')}</h2>
        <p>{t('noConsoleBody')}</p>
      </section>
    );
  }
  return (
    <p class="status" role="status" data-testid="console-status" data-conversation={state.conversationKey}>
      <span class="dot" aria-hidden="true" /> {state.consoleName}
      {state.customerName ? ` · ${state.customerName}` : ''}
      {state.notice ? <span class="notice"> · {state.notice}</span> : null}
    </p>
  );
}
