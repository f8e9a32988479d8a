import { rowParts } from './decorations';
import { createDeepRoots } from './deep';
import { isVisible, isWritable, lastChildren } from './dom';
import { hashText } from './hash';
import { findLog } from './log-finder';
import type { SideJudge } from './side';
import type { ConsoleView } from './view';

const WRITABLE = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], iframe';
/** How far down the list the conversation's identity is looked for (its first customer message). */
const IDENTITY_ROWS = 20;

interface Identity {
  list: Element;
  /** The row the identity was taken from; while it stays in the page, so does the conversation. */
  row: Element | null;
  name?: string;
  value: string;
}

/**
 * The reader for consoles no adapter knows: the composer is the last focused
 * writable field (open shadow roots and same-origin frames included), the log
 * is a marked live region (never an editor's, never a hidden announcer) or the
 * scrollable repeated structure nearest the composer, authors come from
 * bubble alignment calibrated by the agent's own sends, and a row's avatar,
 * name and time are told apart from its text.
 */
export function createGenericView(side: SideJudge, signal: AbortSignal): ConsoleView {
  const roots = createDeepRoots();
  let lastComposer: HTMLElement | null = null;
  let foundComposer: HTMLElement | null = null;
  let currentList: Element | null = null;
  let identity: Identity | null = null;
  let customer: string | undefined;
  const watchedRoots = new WeakSet<ShadowRoot>();

  const onFocus = (event: Event) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    if (isWritable(target)) lastComposer = target;
    // Focus inside a shadow root is retargeted at the host: listen inside it too.
    const shadow = (event.target as Element | null)?.shadowRoot;
    if (shadow && !watchedRoots.has(shadow)) {
      watchedRoots.add(shadow);
      shadow.addEventListener('focusin', onFocus, { capture: true, signal });
    }
  };
  window.addEventListener('focusin', onFocus, { capture: true, signal });

  const usable = (el: HTMLElement | null): el is HTMLElement => el !== null && el.isConnected && isVisible(el);
  const composer = (): HTMLElement | null => {
    if (usable(lastComposer)) return lastComposer;
    if (usable(foundComposer) && isWritable(foundComposer)) return foundComposer;
    foundComposer = roots.queryAll<HTMLElement>(WRITABLE).find((el) => isWritable(el) && isVisible(el)) ?? null;
    return foundComposer;
  };

  const read = (message: Element, list: Element) => {
    const { text, name } = rowParts(message);
    const author = side.judge(message, list, text);
    if (author === 'customer' && name) customer = name;
    return { text, author, ...(name ? { name } : {}) };
  };

  /**
   * Which conversation the list shows, for consoles whose address stays the
   * same between chats: the customer's name and the first customer message on
   * screen. Older history loaded above keeps it (its row stays in the page);
   * a row that left with the same customer's name still shown keeps it too
   * (a list scrolled or re-rendered), anything else is another conversation.
   */
  function conversationIdentity(): string {
    const list = currentList;
    if (!list) return '';
    if (identity?.list === list && (identity.row === null || identity.row.isConnected)) return identity.value;
    const rows = [...list.children].slice(0, IDENTITY_ROWS);
    const first = rows.find((row) => read(row, list).author === 'customer') ?? rows[0] ?? null;
    const parts = first ? rowParts(first) : null;
    const keep = identity?.list === list && identity.name !== undefined && identity.name === parts?.name;
    const value = keep ? identity!.value : parts ? `${parts.name ?? ''}·${hashText(parts.text)}` : '';
    identity = { list, row: first, value, ...(parts?.name ? { name: parts.name } : {}) };
    return value;
  }

  return {
    id: 'generic',
    name: 'This page',
    editor: 'auto',
    findList() {
      const list = findLog(roots, composer());
      if (list !== currentList) customer = undefined;
      currentList = list;
      return list;
    },
    conversationId() {
      const id = conversationIdentity();
      return location.pathname + location.hash + (id ? `#${id}` : '');
    },
    customerName: () => customer ?? identity?.name,
    customerCountry: () => undefined,
    customerIdentity: () => ({}),
    messagesIn(node, list) {
      if (node === list) return [...list.children];
      if (node.parentElement === list) return [node];
      let el: Element | null = node;
      while (el && el.parentElement !== list) el = el.parentElement;
      if (el) return [el];
      return node.contains(list) ? [] : [...node.children].filter((child) => child.parentElement === list);
    },
    latestIn: lastChildren,
    read,
    composer,
    isComposer: (el) => {
      const field = composer();
      return el === field || (field?.contains(el) ?? false);
    },
    sendButton: () => null,
  };
}
