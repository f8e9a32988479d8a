import { browser } from 'wxt/browser';
import type { RequestServer } from '@/utils/protocol/server';
import { PORT_SIDEBAR } from '@/utils/protocol/ports';

const BADGE_COLOR = '#a32020';

/**
 * A badge on the toolbar button, per tab, while a crisis card is pinned in
 * that tab's sidebar: set and cleared when the sidebar says so (pinned,
 * acknowledged), and cleared when the docked sidebar goes away with its page.
 * A closed tab takes its badge with it.
 */
export function setupCrisisBadge(server: RequestServer): void {
  // The Firefox build is MV2, where the toolbar button is browserAction.
  const button = browser.action ?? browser.browserAction;

  async function show(tabId: number, pinned: boolean, title: string): Promise<void> {
    await Promise.all([
      button.setBadgeText({ tabId, text: pinned ? '!' : '' }),
      button.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
      button.setTitle({ tabId, title }),
    ]).catch(() => undefined); // the tab closed meanwhile: nothing left to mark
  }

  server.handle('badge.crisis', async ({ pinned, title, tabId }, sender) => {
    const tab = sender.tab?.id ?? tabId;
    if (tab === undefined) throw new Error('no tab to mark: the sidebar is in no tab and named none');
    await show(tab, pinned, title);
  });

  // The docked sidebar's crisis lives only as long as its page: when its port drops for good, so does the badge.
  browser.runtime.onConnect.addListener((port) => {
    const tabId = port.sender?.tab?.id;
    if (port.name !== PORT_SIDEBAR || port.sender?.id !== browser.runtime.id || tabId === undefined) return;
    // No sidebar is left to word the title: the manifest's own, in the browser's language.
    port.onDisconnect.addListener(() => void show(tabId, false, browser.i18n.getMessage('actionTitle')));
  });
}
