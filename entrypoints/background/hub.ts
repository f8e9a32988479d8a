import Dexie from 'dexie';
import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import {
  consoleEventSchema,
  PORT_CONSOLE,
  PORT_SIDEBAR,
  sidebarCommandSchema,
  type BackgroundToConsole,
  type BackgroundToSidebar,
} from '@/utils/protocol/ports';
import { toggleShortcut } from './browser-ui';

type Port = Browser.runtime.Port;

/**
 * Pairs each tab's console content script with the sidebars that follow that
 * tab (the injected iframe, or the side panel), relays their typed messages,
 * and tells every sidebar when stored data changes. Messages that fail their
 * schema are dropped, and ports from outside this extension are refused.
 */
export function setupHub() {
  const consoles = new Map<number, Port>();
  const sidebars = new Map<Port, number | undefined>();
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  const isOurs = (port: Port) => port.sender?.id === browser.runtime.id;
  const isExtensionPage = (port: Port) => (port.sender?.url ?? '').startsWith(extensionOrigin);

  function toSidebars(tabId: number, message: BackgroundToSidebar) {
    for (const [port, followed] of sidebars) if (followed === tabId) port.postMessage(message);
  }

  function toConsole(tabId: number | undefined, message: BackgroundToConsole): boolean {
    const port = tabId === undefined ? undefined : consoles.get(tabId);
    port?.postMessage(message);
    return port !== undefined;
  }

  browser.runtime.onConnect.addListener((port) => {
    if (!isOurs(port)) return port.disconnect();
    const tabId = port.sender?.tab?.id;

    if (port.name === PORT_CONSOLE && tabId !== undefined && !isExtensionPage(port)) {
      consoles.get(tabId)?.disconnect();
      consoles.set(tabId, port);
      void toggleShortcut().then((shortcut) => {
        if (shortcut) port.postMessage({ type: 'dock.shortcut', shortcut } satisfies BackgroundToConsole);
      });
      port.onMessage.addListener((raw) => {
        const parsed = v.safeParse(consoleEventSchema, raw);
        if (parsed.success) toSidebars(tabId, parsed.output);
      });
      port.onDisconnect.addListener(() => {
        if (consoles.get(tabId) !== port) return;
        consoles.delete(tabId);
        toSidebars(tabId, { type: 'console.state', state: null });
      });
      return;
    }

    if (port.name === PORT_SIDEBAR && isExtensionPage(port)) {
      // The injected sidebar is bound to the tab it sits in; the side panel (wherever it is open) says which tab it follows.
      const injected = new URL(port.sender!.url!).pathname === '/sidebar.html';
      sidebars.set(port, injected ? tabId : undefined);
      if (!injected || !toConsole(tabId, { type: 'console.resend' })) port.postMessage({ type: 'console.state', state: null });
      port.onMessage.addListener((raw) => {
        const parsed = v.safeParse(sidebarCommandSchema, raw);
        if (!parsed.success) return;
        const command = parsed.output;
        if (command.type === 'sidebar.follow-tab') {
          if (injected) return;
          sidebars.set(port, command.tabId);
          if (!toConsole(command.tabId, { type: 'console.resend' })) port.postMessage({ type: 'console.state', state: null });
          return;
        }
        const followed = sidebars.get(port);
        // Badges are best effort: with no console there is no list to badge, and nothing to report.
        if (!toConsole(followed, command) && command.type !== 'sidebar.mark') {
          port.postMessage({ type: 'console.insert-result', requestId: command.requestId, ok: false, error: 'No console is attached in this tab' });
        }
      });
      port.onDisconnect.addListener(() => sidebars.delete(port));
      return;
    }

    port.disconnect();
  });

  // Every write, from any handler, reaches every open sidebar as one small notice.
  Dexie.on('storagemutated', (parts) => {
    const tables = [...new Set(Object.keys(parts).map((key) => key.split('/')[3]).filter((t): t is string => Boolean(t)))];
    if (tables.length === 0) return;
    for (const port of sidebars.keys()) port.postMessage({ type: 'data.changed', tables } satisfies BackgroundToSidebar);
  });

  return { toConsole, hasConsole: (tabId: number) => consoles.has(tabId) };
}

export type Hub = ReturnType<typeof setupHub>;
