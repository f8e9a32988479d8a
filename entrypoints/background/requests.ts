import { browser } from 'wxt/browser';
import { createRequestServer, type RequestServer } from '@/utils/protocol/server';

/** Answers every typed request; see utils/protocol for the map and its checks. */
export function setupRequests(): RequestServer {
  const server = createRequestServer({
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
  });
  browser.runtime.onMessage.addListener((message, sender) => server.dispatch(message, sender));
  return server;
}
