import { browser } from 'wxt/browser';
import { consoleMatchPatterns } from '@/utils/adapters/match-patterns';
import { adapterMatches } from '@/utils/adapters/match-url';
import { firefoxOnly } from '@/utils/firefox-only';
import type { RequestServer } from '@/utils/protocol/server';

const TOGGLE_COMMAND = 'toggle-sidebar';
const isFirefox = () => browser.runtime.getURL('/').startsWith('moz-extension:');

/** The toggle command's shortcut as the browser has it bound ('' when unset). */
export async function toggleShortcut(): Promise<string> {
  return (await browser.commands.getAll()).find((command) => command.name === TOGGLE_COMMAND)?.shortcut ?? '';
}

/** A built-in console, or a site whose host permission the agent granted. */
async function allowedPage(url: string | undefined): Promise<boolean> {
  if (!url || !/^https?:\/\//.test(url)) return false;
  if (adapterMatches({ matches: consoleMatchPatterns }, url)) return true;
  // Without the port, as Sites grants it: Firefox's match patterns cannot hold one.
  const { protocol, hostname } = new URL(url);
  return browser.permissions.contains({ origins: [`${protocol}//${hostname}/*`] });
}

/** Answers what a framed sidebar cannot ask the browser itself (see utils/protocol/browser-ui.ts). */
export function setupBrowserUi(server: RequestServer): void {
  server.handle('sidebar.allowedHere', (_input, sender) => allowedPage(sender.tab?.url));
  server.handle('commands.toggleShortcut', toggleShortcut);
  server.handle('commands.openShortcutSettings', async () => {
    // Chromium lets only its own page rebind extension shortcuts; Firefox opens its own from 137 on and has no API before.
    if (!isFirefox()) await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    else if (firefoxOnly.commands.openShortcutSettings) await firefoxOnly.commands.openShortcutSettings();
    else return false;
    return true;
  });
}
