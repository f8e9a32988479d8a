import { builtInAdapters } from './builtin';

/**
 * Pages where the console content script runs and the sidebar may be embedded:
 * the union of the built-in adapters' patterns. Custom sites are added at run
 * time through optional host permissions and `scripting.registerContentScripts`.
 * (wxt.config.ts runs outside Vite, so it reads the same files through match-patterns.node.ts.)
 */
export const consoleMatchPatterns: string[] = [...new Set(builtInAdapters.flatMap((adapter) => adapter.matches))];
