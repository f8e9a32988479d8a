import type { ConsoleAdapter } from '../adapters/schema';
import type { ConsoleEvent } from '../protocol/ports';
import { messageText, safeQuery, safeQueryAll } from './dom';

const POLL_MS = 1000;
const MARK_ATTRIBUTE = 'data-undertone-mark';

type ListAdapter = ConsoleAdapter & Required<Pick<ConsoleAdapter, 'conversationList' | 'conversationListItem' | 'conversationListItemId'>>;

export function hasConversationList(adapter: ConsoleAdapter): adapter is ListAdapter {
  return Boolean(adapter.conversationList && adapter.conversationListItem && adapter.conversationListItemId);
}

/**
 * The console's list of conversations, where the adapter knows it. Its
 * latest-line preview is the only sight of a conversation not on screen, so
 * each line shown there, and each new one, is coached as that conversation's
 * message: a crisis waiting in a conversation the agent has not opened must
 * not wait for them to open it. (A preview does not say who wrote it; the rare
 * agent's reply coached as the customer's costs a false alarm at worst.) The
 * list also carries the sidebar's crisis badges, each drawn in a closed shadow
 * root and removed when unmarked or cancelled.
 */
export function watchConversationList(adapter: ListAdapter, signal: AbortSignal, post: (event: ConsoleEvent) => void, currentKey: () => string) {
  const keyOf = (id: string) => `${adapter.id}:${id}`.slice(0, 512);
  /** Conversation id → its latest line when last read. */
  const lines = new Map<string, string>();
  let marks = new Map<string, string>();
  /** Each badge's host, with the element inside its closed shadow root that holds the words. */
  const badges = new Map<HTMLElement, HTMLElement>();
  let list: Element | null = null;
  let observer: MutationObserver | undefined;
  let scheduled: ReturnType<typeof setTimeout> | undefined;
  let counter = 0;

  function read(item: Element): { id: string; line: string; name?: string } | undefined {
    const id = item.getAttribute(adapter.conversationListItemId);
    if (!id) return undefined;
    const preview = adapter.conversationListPreview ? safeQuery(item, adapter.conversationListPreview) : null;
    const nameEl = adapter.conversationListName ? safeQuery(item, adapter.conversationListName) : null;
    const name = nameEl?.textContent?.trim();
    return { id, line: preview ? messageText(preview).slice(0, 100_000) : '', ...(name ? { name: name.slice(0, 256) } : {}) };
  }

  function badge(item: Element, label: string | undefined): void {
    let host = [...item.children].find((el): el is HTMLElement => el instanceof HTMLElement && el.hasAttribute(MARK_ATTRIBUTE) && badges.has(el));
    if (!label) {
      host?.remove();
      if (host) badges.delete(host);
      return;
    }
    if (host?.getAttribute('aria-label') === label) return;
    if (!host) {
      host = document.createElement('span');
      host.setAttribute(MARK_ATTRIBUTE, '');
      host.setAttribute('role', 'img');
      const shadow = host.attachShadow({ mode: 'closed' });
      const style = document.createElement('style');
      style.textContent = ':host{display:inline-block;margin-inline-start:6px;vertical-align:middle}span{font:600 11px/1.4 system-ui,sans-serif;color:#fff;background:#a32020;border-radius:8px;padding:1px 6px}';
      const words = document.createElement('span');
      shadow.append(style, words);
      badges.set(host, words);
      item.append(host);
    }
    host.setAttribute('aria-label', label);
    badges.get(host)!.textContent = label;
  }

  function scan(): void {
    scheduled = undefined;
    if (!list) return;
    const current = currentKey();
    for (const item of safeQueryAll(list, adapter.conversationListItem)) {
      const entry = read(item);
      if (!entry) continue;
      const key = keyOf(entry.id);
      const before = lines.get(entry.id);
      lines.set(entry.id, entry.line);
      if (entry.line && entry.line !== before && key !== current) {
        post({
          type: 'console.message',
          conversationKey: key,
          message: { id: `list.${entry.id}.${++counter}`.slice(0, 256), author: 'customer', text: entry.line, at: Date.now() },
          fromList: true,
          ...(entry.name ? { customerName: entry.name } : {}),
        });
      }
      badge(item, marks.get(key));
    }
  }

  function attach(): void {
    const next = safeQuery(document, adapter.conversationList);
    if (next === list) return;
    observer?.disconnect();
    list = next;
    if (!list) return;
    scan();
    observer = new MutationObserver(() => {
      scheduled ??= setTimeout(scan, 50);
    });
    observer.observe(list, { childList: true, subtree: true, characterData: true });
  }

  attach();
  const poll = setInterval(attach, POLL_MS);
  signal.addEventListener('abort', () => {
    clearInterval(poll);
    clearTimeout(scheduled);
    observer?.disconnect();
    for (const host of badges.keys()) host.remove();
    badges.clear();
  });

  return {
    /** The conversations to badge, by key, with the badge's words; every call replaces the last. */
    mark(next: readonly { conversationKey: string; label: string }[]): void {
      marks = new Map(next.map((m) => [m.conversationKey, m.label]));
      if (!signal.aborted) scan();
    },
  };
}
