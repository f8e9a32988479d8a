import type { ConsoleAdapter, EditorKind } from '../adapters/schema';
import type { Author } from '../protocol/ports';
import { firstVisible, messageText, queryDeep, safeClosest, safeMatches, safeQuery, safeQueryAll, safeQueryLast } from './dom';
import type { SideJudge } from './side';

export interface ReadMessage {
  id?: string;
  author: Author;
  text: string;
  /** The author's name as the row shows it (kept out of `text`). */
  name?: string;
}

/**
 * What the reader, the draft watcher and the inserter need from a console,
 * whether it comes from a declarative adapter or the generic fallback.
 */
export interface ConsoleView {
  id: string;
  name: string;
  editor: EditorKind | 'auto';
  /** The shown conversation's message list, or null while there is none. */
  findList(): Element | null;
  conversationId(): string;
  customerName(): string | undefined;
  /** The customer's country as an ISO 3166 code, where the console shows it. */
  customerCountry(): string | undefined;
  /** The customer's id, email and handle where the adapter knows where the console shows them. */
  customerIdentity(): { customerId?: string; customerEmail?: string; customerHandle?: string };
  /** The message elements a mutation touched: the node itself, the message around it, or those inside it. */
  messagesIn(node: Element, list: Element): Element[];
  read(message: Element, list: Element): ReadMessage;
  /** The list's last `count` messages, in order, without touching the older ones (on a long log that is most of the cost). */
  latestIn(list: Element, count: number): Element[];
  composer(): HTMLElement | null;
  isComposer(el: Element): boolean;
  sendButton(): Element | null;
}

function authorFromAdapter(adapter: ConsoleAdapter, message: Element, list: Element, text: string, side: SideJudge): Author {
  const { author } = adapter;
  if (author.attribute) {
    const value = safeClosest(message, `[${author.attribute}]`)?.getAttribute(author.attribute);
    if (value != null) {
      if (author.customerValues?.includes(value)) return 'customer';
      if (author.agentValues?.includes(value)) return 'agent';
      if (author.systemValues?.includes(value)) return 'system';
    }
  }
  if (author.systemSelector && safeClosest(message, author.systemSelector)) return 'system';
  if (author.agentSelector && safeClosest(message, author.agentSelector)) return 'agent';
  if (author.customerSelector && safeClosest(message, author.customerSelector)) return 'customer';
  return author.fallback === 'position' ? side.judge(message, list, text) : 'customer';
}

export function viewFromAdapter(adapter: ConsoleAdapter, side: SideJudge): ConsoleView {
  const idPattern = adapter.conversationIdPattern ? new RegExp(adapter.conversationIdPattern) : null;
  const selected = adapter.selectedConversation;
  const selectedPattern = selected?.pattern ? new RegExp(selected.pattern) : null;
  /** The id the console's own selection (a chat list's selected row) gives the open conversation. */
  const selectedId = (): string | undefined => {
    const value = selected ? safeQuery(document, selected.selector)?.getAttribute(selected.attribute) : null;
    if (!value) return undefined;
    return selectedPattern ? selectedPattern.exec(value)?.[1] : value;
  };
  // The visible conversation is looked up by the slow tier (findList); per-frame work reuses it while it stays in the page.
  let cachedRoot: ParentNode = document;
  const findRoot = (): ParentNode => (cachedRoot = (adapter.conversationRoot ? firstVisible(document, adapter.conversationRoot) : null) ?? document);
  const root = (): ParentNode => (cachedRoot === document || (cachedRoot as Element).isConnected ? cachedRoot : findRoot());
  return {
    id: adapter.id,
    name: adapter.name,
    editor: adapter.editor ?? 'auto',
    findList: () => firstVisible(findRoot(), adapter.messageList),
    conversationId() {
      const scope = root();
      const fromAttribute = adapter.conversationIdAttribute && scope instanceof Element ? scope.getAttribute(adapter.conversationIdAttribute) : null;
      if (fromAttribute) return fromAttribute;
      const fromSelection = selectedId();
      if (fromSelection) return fromSelection;
      const fromUrl = idPattern?.exec(location.pathname)?.[1];
      return fromUrl ?? location.pathname;
    },
    customerName() {
      const el = adapter.customerName ? safeQuery(root(), adapter.customerName) : null;
      return el?.textContent?.trim() || undefined;
    },
    customerCountry() {
      const code = adapter.customerCountry ? safeQuery(root(), adapter.customerCountry)?.textContent?.trim() : undefined;
      return code && /^[A-Za-z]{2}$/.test(code) ? code.toUpperCase() : undefined;
    },
    customerIdentity() {
      const read = (selector: string | undefined) => (selector ? safeQuery(root(), selector)?.textContent?.trim().slice(0, 256) || undefined : undefined);
      const found = { customerId: read(adapter.customerId), customerEmail: read(adapter.customerEmail), customerHandle: read(adapter.customerHandle) };
      return Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined));
    },
    messagesIn(node, list) {
      if (node !== list && safeMatches(node, adapter.message)) return [node];
      const around = node === list ? null : safeClosest(node, adapter.message);
      if (around && around !== list && list.contains(around)) return [around];
      return safeQueryAll(node, adapter.message);
    },
    latestIn: (list, count) => safeQueryLast(list, adapter.message, count),
    read(message, list) {
      const textEl = (adapter.messageText && safeQuery(message, adapter.messageText)) || message;
      const text = messageText(textEl);
      const id = adapter.messageIdAttribute ? message.getAttribute(adapter.messageIdAttribute) || undefined : undefined;
      return { id, text, author: authorFromAdapter(adapter, message, list, text, side) };
    },
    composer: () => queryDeep<HTMLElement>(root(), adapter.composer) ?? queryDeep<HTMLElement>(document, adapter.composer),
    isComposer: (el) => safeClosest(el, adapter.composer) !== null,
    sendButton: () => (adapter.sendButton ? queryDeep(document, adapter.sendButton) : null),
  };
}
