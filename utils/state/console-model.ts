import { computed, signal } from '@preact/signals';
import type { ConsoleEvent, ConsoleState } from '../protocol/ports';

/**
 * What the sidebar knows of the console in its tab: whether one is attached,
 * and which conversation is on screen. Messages and the draft go to the
 * coaching model; this model only follows the console's state.
 */
export function createConsoleModel() {
  /** undefined while waiting for the first word from the background; null when no console is attached. */
  const state = signal<ConsoleState | null | undefined>(undefined, { name: 'console.state' });
  const conversationKey = computed(() => state.value?.conversationKey ?? '');

  function receive(event: ConsoleEvent): void {
    if (event.type === 'console.state') state.value = event.state;
  }

  return { state, conversationKey, receive };
}

export type ConsoleModel = ReturnType<typeof createConsoleModel>;
