import { browser } from 'wxt/browser';
import { consoleScriptFiles } from '@/utils/adapters/manifest-scripts';
import { consoleMatchPatterns } from '@/utils/adapters/match-patterns';
import type { Hub } from './hub';

/**
 * After an install, update or reload, consoles that are already open get the
 * new content script straight away (browsers only inject into pages loaded
 * later). The old script notices its extension is gone and removes itself.
 */
export function setupReattach(hub: Hub): void {
  browser.runtime.onInstalled.addListener(async () => {
    const files = consoleScriptFiles();
    const tabs = await browser.tabs.query({ url: consoleMatchPatterns, status: 'complete' });
    // A tab whose console already connected got the script from the manifest; never attach twice.
    const orphaned = tabs.filter((tab) => tab.id !== undefined && !hub.hasConsole(tab.id));
    await Promise.allSettled(orphaned.map((tab) => browser.scripting.executeScript({ target: { tabId: tab.id! }, files })));
  });
}
