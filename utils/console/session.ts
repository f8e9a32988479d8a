import type { ConsoleAdapter } from '../adapters/schema';
import type { ConsoleEvent } from '../protocol/ports';
import type { RichHtml } from '../snippets/rich-text';
import { createCaretKeeper, type CaretKeeper } from './caret';
import { hasConversationList, watchConversationList } from './conversation-list';
import { safeQuery } from './dom';
import { watchDraft } from './composer';
import { createGenericView } from './generic';
import { watchExpansions, type ExpansionDeps } from './expand';
import { insertIntoComposer, replaceBeforeCaret, replaceInComposer, type InsertOutcome } from './insert';
import { startReader, type Reader } from './reader';
import { watchComposerSelection } from './selection';
import { createSideJudge } from './side';
import { viewFromAdapter, type ConsoleView } from './view';

/** After these delays, an adapter that still finds no conversation hands over to the generic reader (if it finds one). */
const DEGRADE_CHECKS_MS = [3_000, 8_000];

/** Whether this page shows the adapter's console (its list or its composer), never throwing on a bad selector. */
export function adapterFits(adapter: ConsoleAdapter): boolean {
  return safeQuery(document, adapter.messageList) !== null || safeQuery(document, adapter.composer) !== null;
}

/**
 * Reads and writes one console page: through its adapter when one matches,
 * else (or when the adapter stops finding the conversation) through the
 * generic fallback, with a quiet notice for the sidebar. Adapters arrive
 * validated: the agent's own when they are loaded, the built-in ones by
 * adapters.test.ts; a selector that still fails simply finds nothing.
 */
export function startSession(
  adapter: ConsoleAdapter | undefined,
  signal: AbortSignal,
  post: (event: ConsoleEvent) => void,
  snippets?: Pick<ExpansionDeps, 'watchTrigger' | 'lookup'>,
) {
  const side = createSideJudge();
  let view: ConsoleView;
  let reader: Reader;
  let caret: CaretKeeper;
  let current: AbortController | undefined;

  function run(next: ConsoleView, notice?: string) {
    current?.abort();
    current = new AbortController();
    const scope = AbortSignal.any([signal, current.signal]);
    view = next;
    caret = createCaretKeeper(view, scope);
    reader = startReader(view, scope, post, notice);
    watchDraft(
      view,
      scope,
      (text) => post({ type: 'console.draft', conversationKey: reader.conversationKey(), text: text.slice(0, 100_000) }),
      (sent) => side.noteSent(sent),
    );
    watchComposerSelection(view, scope, (text) => post({ type: 'console.selection', text }));
    if (snippets) {
      watchExpansions(view, scope, {
        ...snippets,
        context: () => ({ 'customer.name': view.customerName(), console: view.name }),
        replaceBeforeCaret: (length, text, cursor, rich) => replaceBeforeCaret(view, caret, length, text, cursor, rich),
      });
    }
  }

  const generic = () => createGenericView(side, signal);
  if (!adapter) {
    run(generic());
  } else {
    run(viewFromAdapter(adapter, side));
    for (const delay of DEGRADE_CHECKS_MS) {
      const timer = setTimeout(() => {
        if (reader.hasList() || view.id === 'generic') return;
        const fallback = generic();
        if (fallback.findList()) run(fallback, `${adapter.name.slice(0, 80)} has changed its layout: reading this page generically`);
      }, delay);
      signal.addEventListener('abort', () => clearTimeout(timer));
    }
  }

  // The list of conversations stays the adapter's even if the generic reader takes over the conversation itself.
  const conversationList = adapter && hasConversationList(adapter) ? watchConversationList(adapter, signal, post, () => reader.conversationKey()) : undefined;

  return {
    mark: (marks: readonly { conversationKey: string; label: string }[]) => conversationList?.mark(marks),
    insert: (text: string, cursor?: number, rich?: RichHtml): Promise<InsertOutcome> => insertIntoComposer(view, caret, text, cursor, rich),
    replace: (find: string, replacement: string): Promise<InsertOutcome> => replaceInComposer(view, caret, find, replacement),
    resend: () => reader.resend(),
    conversationKey: () => reader.conversationKey(),
  };
}
