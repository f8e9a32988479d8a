import { request } from '../protocol/client';
import type { Settings } from '../storage';

/**
 * Turns customer memory on or off, from the sidebar or the options page.
 * Off deletes everything it kept first, and only then records the choice: if
 * the deletion fails, memory stays on and nothing is half-forgotten.
 */
export async function chooseCustomerMemory(choice: 'on' | 'off', update: (change: Partial<Settings>) => Promise<void>): Promise<void> {
  if (choice === 'off') await request('people.forgetCustomers', {});
  await update({ customerMemory: choice });
}
