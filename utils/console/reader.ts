import type { ChatMessage, ConsoleEvent, ConsoleState } from '../protocol/ports';
import { hashText } from './hash';
import type { ConsoleView, ReadMessage } from './view';

const HISTORY_LIMIT = 200;
const POLL_MS = 1000;

const contentKey = (read: ReadMessage) => read.id ?? `${read.author}|${read.text}`;

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
 *   what was seen);
 * - a row whose content changed in place (a list that recycles its rows:
 *   text and classes rewritten, no element added) is read again; it is news
 *   when it now shows something new below the row that now shows the newest
 *   known message, and a row that shows again what it showed (a re-render, a
 *   timestamp or a "seen" mark changing) is nothing.
 */
export function startReader(view: ConsoleView, signal: AbortSignal, emit: (event: ConsoleEvent) => void, notice?: string) {
  let list: Element | null = null;
  let conversationKey = '';
  let observer: MutationObserver | undefined;
  let seenNodes = new WeakSet<Element>();
  let seenIds = new Set<string>();
  let slots = new Map<string, Element[]>();
  /** What each read row showed when it was last read: a recycled row shows something else. */
  let shown = new WeakMap<Element, string>();
  /** Where the seen part of the list ends: the last message known or announced, and what it showed. */
  let newest: Element | null = null;
  let newestKey: string | null = null;
  /** Whether this conversation has shown any message yet (until then, every message is news). */
  let anyKnown = false;
  let history: ChatMessage[] = [];
  let pending = new Set<Element>();
  /** Known rows something changed inside (text, classes): read again in the flush. */
  let changed = new Set<Element>();
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

  const readSafely = (el: Element): ReadMessage | null => {
    try {
      return list ? view.read(el, list) : null;
    } catch {
      return null;
    }
  };

  /**
   * Returns the message if it is new to this conversation, else null (and
   * remembers it either way). `reread`: what a known row shows now that its
   * content changed in place.
   */
  function admit(el: Element, reread?: ReadMessage): ChatMessage | null {
    if ((!reread && seenNodes.has(el)) || !list) return null;
    const read = reread ?? readSafely(el);
    if (!read) return null;
    if (!read.text) {
      awaitingText.add(el); // Not rendered yet: a later mutation inside it brings it back.
      return null;
    }
    awaitingText.delete(el);
    seenNodes.add(el);
    anyKnown = true;
    const content = contentKey(read);
    shown.set(el, content);
    if (read.id) {
      if (seenIds.has(read.id)) return null;
      seenIds.add(read.id);
    } else {
      const twins = slots.get(content) ?? [];
      // A twin that left the page, or that a recycling list has since made show something else.
      const stale = twins.findIndex((node) => node !== el && (!node.isConnected || shown.get(node) !== content));
      if (stale >= 0) {
        twins[stale] = el;
        return null;
      }
      twins.push(el);
      slots.set(content, twins);
    }
    const id = (read.id ?? `${hashText(content)}.${++counter}`).slice(0, 256);
    return { id, author: read.author, text: read.text.slice(0, 100_000), at: Date.now(), ...(read.name ? { authorName: read.name.slice(0, 256) } : {}) };
  }

  const precedes = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

  /**
   * The last message on screen that was known before this flush. Taken before
   * anything new is admitted: a new message must never anchor the others that
   * arrived with it (that hid a message arriving while a virtualised list was
   * scrolled up when the list came back down in the same frame as the next one).
   */
  function lastKnownOnScreen(current: Element, rewritten: Map<Element, ReadMessage>): Element | null {
    if (newest?.isConnected && !rewritten.has(newest)) return newest;
    // The newest row was rewritten in place: the newest known message now shows in another rewritten row, if on screen at all.
    for (const [el, read] of rewritten) if (contentKey(read) === newestKey) return el;
    if (rewritten.size > 0) return null;
    const rows = view.messagesIn(current, current);
    for (let i = rows.length - 1; i >= 0; i--) if (seenNodes.has(rows[i]!)) return rows[i]!;
    return null;
  }

  /** Known rows whose content is not what they showed when read: what they show now. Rows never read stay history. */
  function rewrittenRows(): Map<Element, ReadMessage> {
    const rewritten = new Map<Element, ReadMessage>();
    for (const el of changed) {
      const before = shown.get(el);
      if (!el.isConnected || before === undefined) continue;
      const read = readSafely(el);
      if (read?.text && contentKey(read) !== before) rewritten.set(el, read);
    }
    changed = new Set();
    return rewritten;
  }

  function flush(): void {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = undefined;
    const touched = [...pending].filter((el) => el.isConnected);
    pending = new Set();
    if (!list?.isConnected || keyOf() !== conversationKey) return attach();
    for (const el of awaitingText) if (!el.isConnected) awaitingText.delete(el);
    const knewAny = anyKnown;
    const rewritten = rewrittenRows();
    let anchor = lastKnownOnScreen(list, rewritten);
    // A rewritten row shows its new content from now on, whatever becomes of it: its old content has left it.
    for (const [el, read] of rewritten) shown.set(el, contentKey(read));
    for (const el of rewritten.keys()) if (el !== anchor && !touched.includes(el)) touched.push(el);
    touched.sort((a, b) => (precedes(a, b) ? -1 : 1));
    // Rows above the mark (old messages re-rendered, say for a timestamp) can neither be news nor move it: known unread.
    const below: Element[] = [];
    for (const el of touched) {
      if (anchor && precedes(el, anchor)) seenNodes.add(el);
      else if (el !== anchor) below.push(el);
    }
    const admitted = below.map((el) => ({ el, message: admit(el, rewritten.get(el)) }));
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
    if (anchor) newestKey = shown.get(anchor) ?? newestKey;
  }

  function schedule(): void {
    if (frame || timer) return;
    frame = requestAnimationFrame(safely(flush));
    timer = setTimeout(safely(flush), 200);
  }

  /** A known row something changed inside is read again (in the flush); a row that appeared empty is read when filled. */
  const noteInside = (el: Element) => {
    if (awaitingText.has(el)) pending.add(el);
    else if (seenNodes.has(el) && shown.has(el)) changed.add(el);
  };
  /**
   * The read or awaited message around a changed node, found by walking up to
   * the list rather than by the view's selectors: most changes (timestamps
   * ticking in rows never read) are inside no such message and cost a few steps.
   */
  const readMessageAround = (node: Element): Element | null => {
    for (let el: Element | null = node; el && el !== list; el = el.parentElement) if (shown.has(el) || awaitingText.has(el)) return el;
    return null;
  };

  function onRecords(records: MutationRecord[]): void {
    if (!list) return;
    for (const record of records) {
      let sawElement = false;
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        sawElement = true;
        // Messages that appeared; inside known ones, what changed (a row recycled, a timestamp) is checked in the flush.
        for (const el of view.messagesIn(node as Element, list)) {
          if (node.contains(el)) {
            if (!seenNodes.has(el)) pending.add(el);
          } else noteInside(el);
        }
      }
      // Text or classes changed in place: streamed into an empty message, or a row recycled.
      const target = record.target.nodeType === Node.ELEMENT_NODE ? (record.target as Element) : record.target.parentElement;
      const around = !sawElement && target && target !== list ? readMessageAround(target) : null;
      if (around) noteInside(around);
    }
    if (pending.size > 0 || changed.size > 0) schedule();
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
    shown = new WeakMap();
    pending = new Set();
    changed = new Set();
    awaitingText = new Set();
    newest = null;
    newestKey = null;
    anyKnown = false;
    history = [];
    if (!list) return emit({ type: 'console.state', state: null });
    // Only the latest messages are read (the sidebar's context); the older ones
    // lie above `newest`, which is all that keeps them from ever being news.
    for (const el of view.latestIn(list, HISTORY_LIMIT)) {
      const message = admit(el);
      if (message) history.push(message);
      newest = el;
      newestKey = shown.get(el) ?? newestKey;
    }
    emit({ type: 'console.state', state: state() });
    observer = new MutationObserver((records) => safely(() => onRecords(records))());
    // Classes too: a recycled row may change only its author's side.
    observer.observe(list, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class'] });
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
