import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { sidebarFrame } from './extension';

const BUILD = resolve('e2e/.fixtures-build');
const CONSOLES = resolve('e2e/fixtures/consoles');
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.woff2': 'font/woff2' };

/**
 * Serves a fixture at a console's real address (e.g. https://acme.zendesk.com/agent/tickets/1),
 * so the manifest's match patterns and the adapter's URL matching are exercised as in production.
 * /__build/* comes from the bundled editors; every other path is the fixture page (a single-page app).
 */
export async function serveConsoleAt(context: BrowserContext, origin: string, fixture: string): Promise<void> {
  await context.route(`${origin}/**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = path.startsWith('/__build/') ? normalize(join(BUILD, path.slice('/__build/'.length))) : join(CONSOLES, `${fixture}.html`);
    if (!file.startsWith(BUILD) && !file.startsWith(CONSOLES)) return route.fulfill({ status: 403 });
    try {
      if (!statSync(file).isFile()) return route.fulfill({ status: 404 });
    } catch {
      return route.fulfill({ status: 404 });
    }
    return route.fulfill({ status: 200, contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
}

interface ProbePort {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: Reply) => void): void; removeListener(listener: (message: Reply) => void): void };
}
type Reply = { type: string; requestId?: string; ok: boolean; method?: string; error?: string };
type ProbeWindow = { __probe?: { events: Reply[]; port: ProbePort }; chrome: { runtime: { connect(options: { name: string }): ProbePort } } };

export interface Probe {
  frame: Frame;
  /** Console events relayed to this tab's sidebars since attach (or since `clear`). */
  events(): Promise<{ type: string; [key: string]: unknown }[]>;
  messages(): Promise<{ author: string; text: string }[]>;
  clear(): Promise<void>;
  /** `cursor`: where the caret should end, as an offset into `text` (a snippet's {{cursor}}). */
  insert(text: string, cursor?: number): Promise<{ ok: boolean; method?: string; error?: string }>;
  replace(find: string, replacement: string): Promise<{ ok: boolean; method?: string; error?: string }>;
}

/**
 * A second port from the tab's own sidebar frame: it hears exactly what the
 * sidebar hears and sends commands exactly as the sidebar does.
 */
export async function attachProbe(page: Page): Promise<Probe> {
  const frame = await sidebarFrame(page);
  await frame.evaluate(() => {
    const w = window as unknown as ProbeWindow;
    if (w.__probe) return;
    const port = w.chrome.runtime.connect({ name: 'undertone/sidebar' });
    w.__probe = { events: [], port };
    port.onMessage.addListener((message) => w.__probe!.events.push(message));
  });
  const command = (message: Record<string, string | number>) =>
    frame.evaluate(
      (message) =>
        new Promise<Reply>((done) => {
          const probe = (window as unknown as ProbeWindow).__probe!;
          const requestId = crypto.randomUUID();
          const listener = (reply: Reply) => {
            if (reply.type !== 'console.insert-result' || reply.requestId !== requestId) return;
            probe.port.onMessage.removeListener(listener);
            done(reply);
          };
          probe.port.onMessage.addListener(listener);
          probe.port.postMessage({ ...message, requestId });
        }),
      message,
    );
  const events = () => frame.evaluate(() => (window as unknown as ProbeWindow).__probe!.events as { type: string; [key: string]: unknown }[]);
  return {
    frame,
    events,
    messages: async () =>
      (await events()).filter((e) => e.type === 'console.message').map((e) => e.message as { author: string; text: string }),
    clear: () => frame.evaluate(() => void ((window as unknown as ProbeWindow).__probe!.events = [])),
    insert: (text, cursor) => command({ type: 'sidebar.insert', text, ...(cursor === undefined ? {} : { cursor }) }),
    replace: (find, replacement) => command({ type: 'sidebar.replace', find, replacement }),
  };
}

/** The latest console.state the sidebar got. */
export async function latestState(probe: Probe) {
  const states = (await probe.events()).filter((e) => e.type === 'console.state');
  return states.at(-1)?.state as { adapterId: string; conversationKey: string; customerName?: string; history: { author: string; text: string }[]; notice?: string } | null | undefined;
}
