import { browser } from 'wxt/browser';
import { firefoxOnly } from '@/utils/firefox-only';
import { settingsItem, type Dock } from '@/utils/storage';
import type { Hub } from './hub';

/**
 * The toolbar button and the keyboard command toggle the injected sidebar; when
 * the agent chose the browser's side panel as the dock, the button opens that instead.
 */
export function setupDock(hub: Hub): void {
  const toggleInTab = (tabId: number | undefined) => hub.toConsole(tabId, { type: 'dock.toggle' });
  let dock: Dock = 'inline';

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-sidebar') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    toggleInTab(tabId);
  });
  // The Firefox build is MV2, where the toolbar button is browserAction.
  (browser.action ?? browser.browserAction).onClicked.addListener((tab) => {
    // Firefox opens its sidebar only inside the click's own handler (a user action), so the dock is read from memory, not storage.
    if (dock === 'sidepanel' && firefoxOnly.sidebarAction) return void firefoxOnly.sidebarAction.toggle();
    toggleInTab(tab.id);
  });

  const applyDock = (next: Dock) => {
    dock = next;
    const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(b: { openPanelOnActionClick: boolean }): Promise<void> } } })
      .chrome?.sidePanel;
    void sidePanel?.setPanelBehavior({ openPanelOnActionClick: next === 'sidepanel' }).catch(() => undefined);
  };
  void settingsItem.getValue().then((settings) => applyDock(settings.dock));
  settingsItem.watch((settings) => applyDock(settings.dock));
}
