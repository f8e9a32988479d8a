import type { BrowserContext, CDPSession, Frame, Page } from '@playwright/test';

/** Used JS heap (bytes) of a page's or a frame's isolate, after a full garbage collection. */
export async function heapOf(context: BrowserContext, target: Page | Frame): Promise<number> {
  const session = await context.newCDPSession(target);
  try {
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize;
  } finally {
    await session.detach();
  }
}

/**
 * The same for the extension's service worker. Playwright opens CDP sessions
 * only on pages and frames, so this goes through a page session's target messaging.
 */
export async function serviceWorkerHeap(context: BrowserContext, page: Page, extensionId: string): Promise<number> {
  const session: CDPSession = await context.newCDPSession(page);
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId));
    if (!worker) throw new Error('The service worker is not running');
    const { sessionId } = await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    let nextId = 1;
    const call = (method: string) =>
      new Promise<Record<string, unknown>>((done) => {
        const id = nextId++;
        const listener = (event: { sessionId?: string; message: string }) => {
          const reply = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown> };
          if (event.sessionId === sessionId && reply.id === id) {
            session.off('Target.receivedMessageFromTarget', listener);
            done(reply.result ?? {});
          }
        };
        session.on('Target.receivedMessageFromTarget', listener);
        void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    await session.send('Target.detachFromTarget', { sessionId });
    return usage.usedSize as number;
  } finally {
    await session.detach();
  }
}
