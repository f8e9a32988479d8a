import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { builtInAdapters } from '@/utils/adapters/builtin';
import { loadCustomAdapters } from '@/utils/adapters/custom';
import { customAdaptersItem } from '@/utils/storage';
import { adapterMatches } from '@/utils/adapters/match-url';
import { consoleScriptFiles } from '@/utils/adapters/manifest-scripts';
import { customAdaptersSchema, type ConsoleAdapter } from '@/utils/adapters/schema';
import type { SavedAdapter } from '@/utils/protocol/adapters';
import type { RequestServer } from '@/utils/protocol/server';
import { describeIssues } from '@/utils/validation';

const SCRIPT_ID = 'undertone-custom-sites';

/** Match patterns the manifest's own content script already covers: registering them again would inject twice. */
function manifestPatterns(): Set<string> {
  return new Set(browser.runtime.getManifest().content_scripts?.flatMap((script) => script.matches ?? []) ?? []);
}

/**
 * Runs the console content script on every custom site the agent has granted,
 * and reports which patterns still wait for a grant.
 */
export async function registerCustomSites(): Promise<{ registered: string[]; needsPermission: string[] }> {
  const covered = manifestPatterns();
  // Sites the agent allowed in the options page (Sites) get the generic reader even before any custom adapter exists.
  const allowedSites = (await browser.permissions.getAll()).origins ?? [];
  const patterns = [...new Set([...(await loadCustomAdapters()).flatMap((adapter) => adapter.matches), ...allowedSites])].filter((p) => !covered.has(p));
  const granted: string[] = [];
  const needsPermission: string[] = [];
  for (const pattern of patterns) ((await browser.permissions.contains({ origins: [pattern] })) ? granted : needsPermission).push(pattern);
  const js = consoleScriptFiles();
  await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
  if (granted.length > 0) {
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, matches: granted, js, runAt: 'document_idle', persistAcrossSessions: true }]);
  }
  return { registered: granted, needsPermission };
}

async function store(adapters: ConsoleAdapter[]): Promise<void> {
  const builtIn = new Set(builtInAdapters.map((adapter) => adapter.id));
  const clash = adapters.find((adapter) => builtIn.has(adapter.id));
  if (clash) throw new Error(`The id "${clash.id}" belongs to a built-in adapter: choose another`);
  const kept = (await loadCustomAdapters()).filter((old) => !adapters.some((adapter) => adapter.id === old.id));
  await customAdaptersItem.setValue([...kept, ...adapters]);
}

export function setupAdapters(server: RequestServer): void {
  server.handle('adapters.list', () => loadCustomAdapters());
  server.handle('adapters.save', async ({ adapter }, sender): Promise<SavedAdapter> => {
    // A content script may only save an adapter for the site it is on.
    const from = sender.url ?? '';
    if (!from.startsWith(browser.runtime.getURL('/')) && !adapterMatches(adapter, from)) throw new Error(`The adapter "${adapter.id}" does not match the page it was built on`);
    await store([adapter]);
    return { adapter, ...(await registerCustomSites()) };
  });
  server.handle('adapters.remove', async ({ id }) => {
    await customAdaptersItem.setValue((await loadCustomAdapters()).filter((adapter) => adapter.id !== id));
    await registerCustomSites();
  });
  server.handle('adapters.export', async () => JSON.stringify(await loadCustomAdapters(), null, 2));
  server.handle('adapters.import', async ({ json }) => {
    let raw: unknown;
    try {
      raw = JSON.parse(json);
    } catch (error) {
      throw new Error(`The adapters file is not JSON: ${(error as Error).message}`, { cause: error });
    }
    const parsed = v.safeParse(customAdaptersSchema, Array.isArray(raw) ? raw : [raw]);
    if (!parsed.success) throw new Error(`Invalid adapters file: ${describeIssues(parsed.issues)}`);
    await store(parsed.output);
    await registerCustomSites();
    return parsed.output;
  });
  browser.permissions.onAdded.addListener(() => void registerCustomSites());
  browser.permissions.onRemoved.addListener(() => void registerCustomSites());
  browser.runtime.onStartup.addListener(() => void registerCustomSites());
}
