import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { consoleAdapterSchema, type ConsoleAdapter } from './schema';

/** Adapters the agent built with the element picker or imported as JSON; written only by the background. */
export const customAdaptersItem = storage.defineItem<unknown[]>('local:customAdapters', { fallback: [] });

/** The stored custom adapters that still pass the schema (one bad entry never hides the others). */
export async function loadCustomAdapters(): Promise<ConsoleAdapter[]> {
  const stored = await customAdaptersItem.getValue();
  return (Array.isArray(stored) ? stored : []).flatMap((raw) => {
    const parsed = v.safeParse(consoleAdapterSchema, raw);
    return parsed.success ? [parsed.output] : [];
  });
}
