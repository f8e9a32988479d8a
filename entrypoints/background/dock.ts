import { browser } from 'wxt/browser';
import { settingsItem, type Dock } from '@/utils/storage';
import type { Hub } from './hub';

/**
 * The toolbar button and the keyboard command toggle the injected sidebar; when
 * the agent chose the browser's side panel as the dock, the button opens that instead.
 */
export function setupDock(hub: Hub): void {
  const toggleInTab = (tabId: number | undefined) => hub.toConsole(tabId, { type: 'dock.toggle' });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-sidebar') return;
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    toggleInTab(tabId);
  });
  browser.action.onClicked.addListener((tab) => toggleInTab(tab.id));

  const applyDock = (dock: Dock) => {
    const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(b: { openPanelOnActionClick: boolean }): Promise<void> } } })
      .chrome?.sidePanel;
    void sidePanel?.setPanelBehavior({ openPanelOnActionClick: dock === 'sidepanel' }).catch(() => undefined);
  };
  void settingsItem.getValue().then((settings) => applyDock(settings.dock));
  settingsItem.watch((settings) => applyDock(settings.dock));
}
