import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { consoleEventSchema, dataChangedSchema, PORT_SIDEBAR, type ConsoleEvent, type SidebarCommand } from '../protocol/ports';

/**
 * The sidebar's line to the background: console events in, commands out.
 * Reconnects when the service worker restarts (the port drops then).
 */
export function connectSidebarPort(handlers: {
  onConsole: (event: ConsoleEvent) => void;
  onDataChanged: (tables: string[]) => void;
  followTab?: () => Promise<number | undefined>;
}) {
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  let closed = false;

  async function connect() {
    port = browser.runtime.connect({ name: PORT_SIDEBAR });
    port.onMessage.addListener((raw) => {
      const event = v.safeParse(consoleEventSchema, raw);
      if (event.success) return handlers.onConsole(event.output);
      const changed = v.safeParse(dataChangedSchema, raw);
      if (changed.success) handlers.onDataChanged(changed.output.tables);
    });
    port.onDisconnect.addListener(() => {
      followed = undefined;
      if (!closed) setTimeout(() => void connect(), 100);
    });
    await follow();
    handlers.onDataChanged(['*']);
  }

  let followed: number | undefined;
  async function follow() {
    const tabId = await handlers.followTab?.();
    if (tabId === undefined || tabId === followed) return;
    followed = tabId;
    port?.postMessage({ type: 'sidebar.follow-tab', tabId } satisfies SidebarCommand);
  }
  void connect();

  return {
    /** Re-checks which tab to follow (the side panel, after a tab switch). */
    follow,
    send(command: SidebarCommand) {
      port?.postMessage(command);
    },
    close() {
      closed = true;
      port?.disconnect();
    },
  };
}
