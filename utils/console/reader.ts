import type { ChatMessage, ConsoleEvent, ConsoleState } from '../protocol/ports';
import type { ConsoleView, ReadMessage } from './view';

const HISTORY_LIMIT = 200;
const POLL_MS = 1000;

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Reads one console through its view. Two tiers: a slow poll (re)finds the
 * conversation and its list; a scoped observer watches only that list, and
 * what it saw is handled once per frame (or after 200 ms in a hidden tab).
 *
 * Exactly one event per new message:
 * - messages on screen when a conversation is found are history, never events
 *   (only the latest are read; position keeps the older ones history);
 * - nodes are remembered in a WeakSet (host nodes are never stamped);
 * - messages with an id are remembered by id; those without by author + text,
 *   where a new node takes over the slot of a disconnected twin (a re-render or
 *   a virtualised list recycling rows) instead of counting as new;
 * - a new message above the newest known one (older history loaded on
 *   scroll, or a virtualised list scrolled up) is history too; so is a whole
 *   screen of unknown rows once the conversation has known ones (a jump into
 *   never-shown history of a virtualised list: nothing places them after
 *   what was seen).
 */
export function startReader(view: ConsoleView, signal: AbortSignal, emit: (event: ConsoleEvent) => void, notice?: string) {
  let list: Element | null = null;
  let conversationKey = '';
  let observer: MutationObserver | undefined;
  let seenNodes = new WeakSet<Element>();
  let seenIds = new Set<string>();
  let slots = new Map<string, Element[]>();
  /** Where the seen part of the list ends: the last message known or announced. */
  let newest: Element | null = null;
  /** Whether this conversation has shown any message yet (until then, every message is news). */
  let anyKnown = false;
  let history: ChatMessage[] = [];
  let pending = new Set<Element>();
  /** Messages that appeared before their text did: the only ones whose inner mutations matter. */
  let awaitingText = new Set<Element>();
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let counter = 0;

  const safely = (fn: () => void) => () => {
    try {
      fn();
    } catch {
      // A console changing under us must never surface an error in its page; the next poll retries.
    }
  };
  const keyOf = () => `${view.id}:${view.conversationId()}`;

  /** Returns the message if it is new to this conversation, else null (and remembers it either way). */
  function admit(el: Element): ChatMessage | null {
    if (seenNodes.has(el) || !list) return null;
    let read: ReadMessage;
    try {
      read = view.read(el, list);
    } catch {
      return null;
    }
    if (!read.text) {
      awaitingText.add(el); // Not rendered yet: a later mutation inside it brings it back.
      return null;
    }
    awaitingText.delete(el);
    seenNodes.add(el);
    anyKnown = true;
    if (read.id) {
      if (seenIds.has(read.id)) return null;
      seenIds.add(read.id);
    } else {
      const content = `${read.author}|${read.text}`;
      const twins = slots.get(content) ?? [];
      const stale = twins.findIndex((node) => !node.isConnected);
      if (stale >= 0) {
        twins[stale] = el;
        return null;
      }
      twins.push(el);
      slots.set(content, twins);
    }
    const id = (read.id ?? `${hash(`${read.author}|${read.text}`)}.${++counter}`).slice(0, 256);
    return { id, author: read.author, text: read.text.slice(0, 100_000), at: Date.now() };
  }

  const precedes = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

  /**
   * The last message on screen that was known before this flush. Taken before
   * anything new is admitted: a new message must never anchor the others that
   * arrived with it (that hid a message arriving while a virtualised list was
   * scrolled up when the list came back down in the same frame as the next one).
   */
  function lastKnownOnScreen(current: Element): Element | null {
    if (newest?.isConnected) return newest;
    const shown = view.messagesIn(current, current);
    for (let i = shown.length - 1; i >= 0; i--) if (seenNodes.has(shown[i]!)) return shown[i]!;
    return null;
  }

  function flush(): void {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = undefined;
    const touched = [...pending].filter((el) => el.isConnected);
    pending = new Set();
    if (!list?.isConnected || keyOf() !== conversationKey) return attach();
    touched.sort((a, b) => (precedes(a, b) ? -1 : 1));
    for (const el of awaitingText) if (!el.isConnected) awaitingText.delete(el);
    const knewAny = anyKnown;
    let anchor = lastKnownOnScreen(list);
    // Rows above the mark (old messages re-rendered, say for a timestamp) can neither be news nor move it: known unread.
    const below: Element[] = [];
    for (const el of touched) {
      if (anchor && precedes(el, anchor)) seenNodes.add(el);
      else below.push(el);
    }
    const admitted = below.map((el) => ({ el, message: admit(el) }));
    // Re-rendered messages we already know also mark the end of what was seen;
    // anything new above that mark is older history being loaded, not news.
    for (const { el, message } of admitted) if (!message && seenNodes.has(el) && (!anchor || precedes(anchor, el))) anchor = el;
    const placed = anchor !== null || !knewAny;
    for (const { el, message } of admitted) {
      if (!message || !placed || (anchor && precedes(el, anchor))) continue;
      anchor = el;
      emit({ type: 'console.message', conversationKey, message });
    }
    newest = anchor;
  }

  function schedule(): void {
    if (frame || timer) return;
    frame = requestAnimationFrame(safely(flush));
    timer = setTimeout(safely(flush), 200);
  }

  function onRecords(records: MutationRecord[]): void {
    if (!list) return;
    for (const record of records) {
      if (record.addedNodes.length === 0) continue;
      let sawElement = false;
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        sawElement = true;
        // Messages that appeared, and ones that appeared empty being filled; what changes inside the others (timestamps, reactions) is skipped.
        for (const el of view.messagesIn(node as Element, list)) if (!seenNodes.has(el) && (node.contains(el) || awaitingText.has(el))) pending.add(el);
      }
      // Text streamed into a message that was empty when it appeared.
      if (!sawElement && awaitingText.size > 0 && record.target instanceof Element && record.target !== list) {
        for (const el of view.messagesIn(record.target, list)) if (awaitingText.has(el)) pending.add(el);
      }
    }
    if (pending.size > 0) schedule();
  }

  function state(): ConsoleState {
    const customerCountry = view.customerCountry();
    return {
      adapterId: view.id,
      consoleName: view.name.slice(0, 128),
      conversationKey,
      customerName: view.customerName()?.slice(0, 256),
      ...view.customerIdentity(),
      history: history.slice(-HISTORY_LIMIT),
      ...(notice ? { notice } : {}),
      ...(customerCountry ? { customerCountry } : {}),
    };
  }

  function attach(): void {
    if (signal.aborted) return;
    const nextList = view.findList();
    const nextKey = keyOf();
    if (nextList === list && nextKey === conversationKey) return;
    observer?.disconnect();
    list = nextList;
    conversationKey = nextKey.slice(0, 512);
    seenNodes = new WeakSet();
    seenIds = new Set();
    slots = new Map();
    pending = new Set();
    awaitingText = new Set();
    newest = null;
    anyKnown = false;
    history = [];
    if (!list) return emit({ type: 'console.state', state: null });
    // Only the latest messages are read (the sidebar's context); the older ones
    // lie above `newest`, which is all that keeps them from ever being news.
    for (const el of view.latestIn(list, HISTORY_LIMIT)) {
      const message = admit(el);
      if (message) history.push(message);
      newest = el;
    }
    emit({ type: 'console.state', state: state() });
    observer = new MutationObserver((records) => safely(() => onRecords(records))());
    observer.observe(list, { childList: true, subtree: true });
  }

  safely(attach)();
  const poll = setInterval(safely(() => !document.hidden && attach()), POLL_MS);
  signal.addEventListener('abort', () => {
    clearInterval(poll);
    observer?.disconnect();
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  });

  return {
    resend: () => emit({ type: 'console.state', state: list ? state() : null }),
    conversationKey: () => conversationKey,
    hasList: () => list !== null,
  };
}

export type Reader = ReturnType<typeof startReader>;
