import type { ConsoleAdapter } from '@/utils/adapters/schema';
import { request } from '@/utils/protocol/client';

/** Hands a picked adapter to the background and words the outcome for the picker panel. */
export async function saveAdapter(adapter: ConsoleAdapter): Promise<string> {
  const saved = await request('adapters.save', { adapter });
  if (saved.needsPermission.length > 0) {
    return `Saved. To read ${adapter.name} on every visit, allow Undertone on it from its options page.`;
  }
  return `Saved. Undertone reads ${adapter.name} with it from the next page load.`;
}
