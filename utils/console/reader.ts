import type { ConsoleAdapter } from '../adapters/types';
import type { Author, ChatMessage, ConsoleEvent, ConsoleState } from '../protocol/ports';

const HISTORY_LIMIT = 200;

/**
 * Reads one console through its adapter. Two tiers: a slow, cancellable check
 * (re)finds the conversation; a scoped observer watches only its message list
 * and handles records once per animation frame. Every message is reported
 * exactly once: nodes are remembered in a WeakSet (never stamped), messages by
 * key, and whatever is on screen when a conversation is found is history.
 */
export function startReader(adapter: ConsoleAdapter, signal: AbortSignal, emit: (event: ConsoleEvent) => void) {
  let list: Element | null = null;
  let conversationKey = '';
  let observer: MutationObserver | undefined;
  let seenNodes = new WeakSet<Element>();
  let seenKeys = new Set<string>();
  let history: ChatMessage[] = [];
  let frame = 0;

  const findRoot = (): ParentNode =>
    (adapter.conversationRoot
      ? [...document.querySelectorAll(adapter.conversationRoot)].find((el) => el.checkVisibility?.() ?? true)
      : undefined) ?? document;

  function currentConversationKey(root: ParentNode): string {
    const id = adapter.conversationIdAttribute && root instanceof Element ? root.getAttribute(adapter.conversationIdAttribute) : null;
    return `${adapter.id}:${id ?? location.pathname}`;
  }

  function authorOf(el: Element): Author {
    const value = adapter.author.attribute ? el.closest(`[${adapter.author.attribute}]`)?.getAttribute(adapter.author.attribute) ?? '' : '';
    if (adapter.author.agentValues?.includes(value)) return 'agent';
    if (adapter.author.systemValues?.includes(value)) return 'system';
    return 'customer';
  }

  function readMessage(el: Element, ordinal: number): ChatMessage {
    const textEl = adapter.messageText ? el.querySelector(adapter.messageText) ?? el : el;
    const text = (textEl as HTMLElement).innerText?.trim() ?? textEl.textContent?.trim() ?? '';
    const author = authorOf(el);
    const id = (adapter.messageIdAttribute && el.getAttribute(adapter.messageIdAttribute)) || `${author}:${ordinal}:${text.slice(0, 64)}`;
    return { id, author, text, at: Date.now() };
  }

  function collect(isHistory: boolean): void {
    if (!list) return;
    const nodes = list.querySelectorAll(adapter.message);
    nodes.forEach((el, ordinal) => {
      if (seenNodes.has(el)) return;
      seenNodes.add(el);
      const message = readMessage(el, ordinal);
      if (seenKeys.has(message.id) || !message.text) return;
      seenKeys.add(message.id);
      if (isHistory) history.push(message);
      else emit({ type: 'console.message', conversationKey, message });
    });
  }

  function state(): ConsoleState {
    const root = findRoot();
    const nameEl = adapter.customerName ? root.querySelector(adapter.customerName) : null;
    return {
      adapterId: adapter.id,
      consoleName: adapter.name,
      conversationKey,
      customerName: nameEl?.textContent?.trim() || undefined,
      history: history.slice(-HISTORY_LIMIT),
    };
  }

  function attach(): void {
    const root = findRoot();
    const nextList = root.querySelector(adapter.messageList);
    const nextKey = currentConversationKey(root);
    if (nextList === list && nextKey === conversationKey) return;
    observer?.disconnect();
    list = nextList;
    conversationKey = nextKey;
    seenNodes = new WeakSet();
    seenKeys = new Set();
    history = [];
    if (!list) return emit({ type: 'console.state', state: null });
    collect(true);
    emit({ type: 'console.state', state: state() });
    observer = new MutationObserver((records) => {
      if (!records.some((r) => [...r.addedNodes].some((n) => n.nodeType === Node.ELEMENT_NODE))) return;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (list?.isConnected) collect(false);
      });
    });
    observer.observe(list, { childList: true, subtree: true });
  }

  attach();
  const poll = setInterval(attach, 1000);
  signal.addEventListener('abort', () => {
    clearInterval(poll);
    observer?.disconnect();
    cancelAnimationFrame(frame);
  });

  return {
    resend: () => emit({ type: 'console.state', state: list ? state() : null }),
    conversationKey: () => conversationKey,
  };
}
