import * as v from 'valibot';
import { describeIssues } from '../validation';
import { REQUEST_CHANNEL, type Reply } from './define';
import { requests, type InputOf, type OutputOf, type RequestType } from './requests';
import { isStorageFull, storageFullMessage } from './storage-full';

/** What the browser tells us about who sent a message (a subset of runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  /** The tab the sender sits in; `url` is its top-level page (a framed sender's parent when it is docked there). */
  tab?: { id?: number; url?: string };
}

export type Handler<K extends RequestType> = (input: InputOf<K>, sender: Sender) => Promise<OutputOf<K>> | OutputOf<K>;

const envelope = v.object({
  channel: v.literal(REQUEST_CHANNEL),
  type: v.string(),
  input: v.unknown(),
});

/**
 * The background's side of the request protocol. Every message is checked
 * three times before a handler sees it: the envelope, the sender (this
 * extension, and an extension page where the request demands it), and the
 * input against the request's schema. A refusal is an answer, never a throw.
 */
export function createRequestServer(self: { extensionId: string; extensionOrigin: string }) {
  const handlers = new Map<string, (input: unknown, sender: Sender) => unknown>();

  function isExtensionPage(sender: Sender): boolean {
    return sender.id === self.extensionId && (sender.url ?? '').startsWith(self.extensionOrigin);
  }

  return {
    handle<K extends RequestType>(type: K, handler: Handler<K>): void {
      handlers.set(type, handler as (input: unknown, sender: Sender) => unknown);
    },

    /** Resolves to a reply for our envelopes, or undefined for anything else (left to other listeners). */
    async dispatch(message: unknown, sender: Sender): Promise<Reply<unknown> | undefined> {
      const parsed = v.safeParse(envelope, message);
      if (!parsed.success) return undefined;
      const { type, input } = parsed.output;
      if (sender.id !== self.extensionId) return { ok: false, error: 'Refused: the sender is not Undertone' };
      if (!Object.hasOwn(requests, type)) return { ok: false, error: `Unknown request "${type.slice(0, 80)}"` };
      const spec = requests[type as RequestType];
      if (spec.callers === 'extension-pages' && !isExtensionPage(sender)) {
        return { ok: false, error: `Refused: "${type}" may only come from Undertone's own pages` };
      }
      const checked = v.safeParse(spec.input, input);
      if (!checked.success) return { ok: false, error: `Invalid "${type}" request: ${describeIssues(checked.issues)}` };
      const handler = handlers.get(type);
      if (!handler) return { ok: false, error: `No handler for "${type}"` };
      try {
        return { ok: true, value: await handler(checked.output, sender) };
      } catch (error) {
        if (isStorageFull(error)) return { ok: false, code: 'storage-full', error: storageFullMessage(type as RequestType) };
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}

export type RequestServer = ReturnType<typeof createRequestServer>;
