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

type Snapshot = { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };

/**
 * Splits a page's or frame's heap (after a full garbage collection) into the
 * engine's compiled code (bytecode, machine code, regexp code, feedback: it
 * grows as V8 optimises more of the program, and is bounded by the program)
 * and everything else, the data the page keeps, where a leak would show.
 */
export async function heapComposition(context: BrowserContext, target: Page | Frame): Promise<{ code: number; data: number }> {
  const session = await context.newCDPSession(target);
  try {
    await session.send('HeapProfiler.enable');
    await session.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const { snapshot, nodes } = JSON.parse(chunks.join('')) as Snapshot;
    const fields = snapshot.meta.node_fields;
    const [types] = snapshot.meta.node_types;
    const typeAt = fields.indexOf('type');
    const sizeAt = fields.indexOf('self_size');
    const sums = { code: 0, data: 0 };
    for (let i = 0; i < nodes.length; i += fields.length) {
      const type = types[nodes[i + typeAt]!];
      // Native (Blink) objects live outside the JS heap that getHeapUsage reports.
      if (type === 'native') continue;
      sums[type === 'code' ? 'code' : 'data'] += nodes[i + sizeAt]!;
    }
    return sums;
  } finally {
    await session.detach();
  }
}
