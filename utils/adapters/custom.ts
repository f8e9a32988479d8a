import * as v from 'valibot';
import { customAdaptersItem } from '../storage';
import { consoleAdapterSchema, type ConsoleAdapter } from './schema';

/** The stored custom adapters that still pass the schema (one bad entry never hides the others). */
export async function loadCustomAdapters(): Promise<ConsoleAdapter[]> {
  const stored = await customAdaptersItem.getValue();
  return (Array.isArray(stored) ? stored : []).flatMap((raw) => {
    const parsed = v.safeParse(consoleAdapterSchema, raw);
    return parsed.success ? [parsed.output] : [];
  });
}
