import type { ConsoleModel } from '@/utils/state/console-model';

export function ConsoleStatus({ model }: { model: ConsoleModel }) {
  const state = model.state.value;
  if (state === undefined) return <p class="status" role="status">Connecting…</p>;
  if (state === null) {
    return (
      <section class="empty" role="status">
        <h2>No chat console recognised here</h2>
        <p>Open a conversation in your console, or try the demo console. Undertone reads only the page you are on, and only on your device.</p>
      </section>
    );
  }
  return (
    <p class="status" role="status" data-testid="console-status">
      <span class="dot" aria-hidden="true" /> {state.consoleName}
      {state.customerName ? ` · ${state.customerName}` : ''}
      {state.notice ? <span class="notice"> · {state.notice}</span> : null}
    </p>
  );
}
