import { computed, signal } from '@preact/signals';
import type { ChatMessage, ConsoleEvent, ConsoleState } from '../protocol/ports';

const KEPT_MESSAGES = 500;

/**
 * What the sidebar knows of the console in its tab: whether one is attached,
 * the conversation, its messages and the agent's draft. Fed by port events.
 */
export function createConsoleModel() {
  /** undefined while waiting for the first word from the background; null when no console is attached. */
  const state = signal<ConsoleState | null | undefined>(undefined, { name: 'console.state' });
  const live = signal<ChatMessage[]>([], { name: 'console.live' });
  const draft = signal('', { name: 'console.draft' });
  const lastInsert = signal<{ ok: boolean; error?: string; method?: string } | undefined>(undefined, { name: 'console.lastInsert' });

  /** History and live messages of the current conversation, oldest first. */
  const messages = computed(() => [...(state.value?.history ?? []), ...live.value]);
  const conversationKey = computed(() => state.value?.conversationKey ?? '');
  const latestCustomerMessage = computed(() => messages.value.findLast((m) => m.author === 'customer'));

  function receive(event: ConsoleEvent): void {
    switch (event.type) {
      case 'console.state':
        if (event.state?.conversationKey !== state.value?.conversationKey) live.value = [];
        state.value = event.state;
        return;
      case 'console.message':
        if (event.conversationKey === conversationKey.value) live.value = [...live.value, event.message].slice(-KEPT_MESSAGES);
        return;
      case 'console.draft':
        if (event.conversationKey === conversationKey.value) draft.value = event.text;
        return;
      case 'console.insert-result':
        lastInsert.value = { ok: event.ok, error: event.error, method: event.method };
        return;
    }
  }

  return { state, messages, draft, lastInsert, conversationKey, latestCustomerMessage, receive };
}

export type ConsoleModel = ReturnType<typeof createConsoleModel>;
