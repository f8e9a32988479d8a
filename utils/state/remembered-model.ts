import { signal } from '@preact/signals';
import type { RememberedCustomer } from '../db/people';
import { request } from '../protocol/client';
import { chooseCustomerMemory } from './memory-choice';
import type { SettingsModel } from './settings-model';

/**
 * The options page's view of customer memory: who is remembered and what of
 * them, so the agent can see all of it and delete any of it. Turning memory
 * off here deletes everything, as it does in the sidebar.
 */
export function createRememberedModel(settings: SettingsModel) {
  const customers = signal<RememberedCustomer[]>([], { name: 'remembered.customers' });
  const error = signal<string | undefined>(undefined, { name: 'remembered.error' });

  const failed = (cause: unknown) => void (error.value = cause instanceof Error ? cause.message : String(cause));

  async function refresh(): Promise<void> {
    try {
      customers.value = await request('people.customers', {});
    } catch (cause) {
      failed(cause);
    }
  }

  /** An action the agent took, then the list as it now stands (whether the action worked or not). */
  async function run(action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
      error.value = undefined;
    } catch (cause) {
      failed(cause);
    }
    await refresh();
  }

  return {
    customers,
    error,
    refresh,
    chooseMemory: (choice: 'on' | 'off') => run(() => chooseCustomerMemory(choice, settings.update)),
    forgetCustomer: (customerKey: string) => run(() => request('people.forgetCustomer', { customerKey })),
    forgetMemory: (id: string) => run(() => request('people.forgetMemory', { id })),
  };
}

export type RememberedModel = ReturnType<typeof createRememberedModel>;
