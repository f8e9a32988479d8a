import type { ConsoleModel } from '@/utils/state/console-model';

/** The customer's latest words: the coaching card builds on this. Text only, never HTML. */
export function LatestMessage({ model }: { model: ConsoleModel }) {
  const message = model.latestCustomerMessage.value;
  if (!message) return null;
  return (
    <section class="card" aria-label="Latest customer message" data-testid="latest-message">
      <h2>Customer said</h2>
      <blockquote>{message.text}</blockquote>
    </section>
  );
}
