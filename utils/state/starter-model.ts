import { signal } from '@preact/signals';
import { request } from '../protocol/client';
import type { StarterLanguage } from '../packs/starter';

/** Adding the built-in starter library in one click (the welcome page, the empty snippet picker), through the pack path. */
export function createStarterModel() {
  const state = signal<'idle' | 'adding' | 'added' | 'failed'>('idle', { name: 'starter.state' });
  /** Why the last try failed, in the background's words. */
  const reason = signal('', { name: 'starter.reason' });

  async function add(lang: StarterLanguage): Promise<void> {
    state.value = 'adding';
    try {
      const result = await request('packs.installStarter', { lang });
      if (result.ok) state.value = 'added';
      else fail(result.errors.join('; '));
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  }
  function fail(why: string): void {
    reason.value = why;
    state.value = 'failed';
  }

  return { state, reason, add };
}

export type StarterModel = ReturnType<typeof createStarterModel>;
