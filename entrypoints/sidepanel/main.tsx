import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidebarApp } from '@/components/sidebar/SidebarApp';

const ownOrigin = new URL(browser.runtime.getURL('/')).origin;

/**
 * The side panel is not in a tab: it follows the active tab of its window.
 * Opened as a window of its own, it follows the active tab of the last normal window.
 */
async function activeConsoleTab(): Promise<number | undefined> {
  const [here] = await browser.tabs.query({ active: true, currentWindow: true });
  if (here?.id !== undefined && !(here.url ?? '').startsWith(ownOrigin)) return here.id;
  const [normal] = await browser.tabs.query({ active: true, lastFocusedWindow: true, windowType: 'normal' });
  return normal?.id ?? (await browser.tabs.query({ active: true, windowType: 'normal' }))[0]?.id;
}

function onTabChange(listener: () => void): () => void {
  const activated = () => listener();
  const updated = (_id: number, change: { status?: string }) => change.status === 'complete' && listener();
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}

render(<SidebarApp dock="sidepanel" followTab={activeConsoleTab} onTabChange={onTabChange} />, document.getElementById('app')!);
