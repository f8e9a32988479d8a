import type { ConsoleAdapter } from './schema';

/**
 * Every built-in adapter, collected from consoles/*.json: adding a console is
 * adding one file. The files are validated by adapters.test.ts (the same
 * schema user-defined adapters pass), so here they are only typed.
 */
const files = import.meta.glob<ConsoleAdapter>('./consoles/*.json', { eager: true, import: 'default' });

export const builtInAdapters: readonly ConsoleAdapter[] = Object.values(files);
