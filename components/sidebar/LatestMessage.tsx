import type { ConsoleModel } from '@/utils/state/console-model';
import { useT } from '../i18n';

/** The customer's latest words: the coaching card builds on this. Text only, never HTML. */
export function LatestMessage({ model }: { model: ConsoleModel }) {
  const t = useT();
  const message = model.latestCustomerMessage.value;
  if (!message) return null;
  return (
    <section class="card" aria-label={t('customerSaid')} data-testid="latest-message">
      <h2>{t('customerSaid')}</h2>
      <blockquote>{message.text}</blockquote>
    </section>
  );
}
