import * as v from 'valibot';
import { parseOrThrow } from '../validation';

/**
 * A console adapter is data, not code: where the conversation, its messages,
 * their authors and the composer are. Built-in adapters (consoles/*.json) and
 * the ones agents build with the element picker share this schema, so an
 * adapter exported as JSON imports anywhere and a team pack can carry it.
 */

/** Without a DOM (the service worker): brackets, parentheses and quotes balance, and no combinator dangles. */
function isBalancedSelector(value: string): boolean {
  const closers: Record<string, string> = { '[': ']', '(': ')' };
  const open: string[] = [];
  let quote = '';
  for (const char of value) {
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char in closers) open.push(closers[char]!);
    else if (char === ']' || char === ')') {
      if (open.pop() !== char) return false;
    }
  }
  return !quote && open.length === 0 && !/[>+~,]\s*$/.test(value);
}

/** Selectors are checked against a real parser where one exists (pages, content scripts), else for balance; a bad one is named. */
function isSelector(value: string): boolean {
  if (typeof document === 'undefined') return isBalancedSelector(value);
  try {
    document.createDocumentFragment().querySelector(value);
    return true;
  } catch {
    return false;
  }
}

function isRegExp(value: string): boolean {
  try {
    return new RegExp(value) instanceof RegExp;
  } catch {
    return false;
  }
}

const selector = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(500), v.check(isSelector, 'is not a valid CSS selector'));
const attributeName = v.pipe(v.string(), v.regex(/^[a-zA-Z_:][-a-zA-Z0-9_:.]{0,80}$/, 'is not an attribute name'));
const regExp = v.pipe(v.string(), v.maxLength(200), v.check(isRegExp, 'is not a regular expression'));
const values = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(20));
/** As in a manifest: scheme://host/path with * wildcards. */
const matchPattern = v.pipe(
  v.string(),
  v.regex(/^(https?|\*):\/\/(\*|\*\.[^/*]+|[^/*]+)\/.*$/, 'is not a match pattern like https://*.example.com/*'),
);

/** Who wrote a message when no attribute or selector says: its side of the list, or always the customer. */
export const authorFallbacks = ['position', 'customer'] as const;
export const editorKinds = ['textarea', 'lexical', 'slate', 'prosemirror', 'draft', 'quill2', 'quill1', 'ckeditor5', 'tinymce', 'froala', 'contenteditable'] as const;
export type EditorKind = (typeof editorKinds)[number];

export const consoleAdapterSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lowercase letters, digits and dashes (up to 40)')),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(80)),
  /** Where the selectors come from, or that no public evidence exists: shown in docs/consoles.md. */
  evidence: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  matches: v.pipe(v.array(matchPattern), v.minLength(1, 'needs at least one match pattern'), v.maxLength(20)),
  /** The element holding one conversation; the first visible match wins (several may stay in the DOM). */
  conversationRoot: v.optional(selector),
  /** The conversation id: an attribute of the conversation root … */
  conversationIdAttribute: v.optional(attributeName),
  /** … or the first group of this regular expression on the URL path. */
  conversationIdPattern: v.optional(regExp),
  /**
   * Where the console itself marks the open conversation outside it (the
   * selected row of a chat list): that element's attribute, or the first
   * group of `pattern` on it, names the conversation before the URL does.
   */
  selectedConversation: v.optional(v.strictObject({ selector, attribute: attributeName, pattern: v.optional(regExp) })),
  customerName: v.optional(selector),
  /** The customer's country, as an ISO 3166 code in this element's text: the crisis card then shows that country's numbers. */
  customerCountry: v.optional(selector),
  /** Who the customer is, when the console shows it: its own id, an email address or a handle (customer memory keys on these, never on a name). */
  customerId: v.optional(selector),
  customerEmail: v.optional(selector),
  customerHandle: v.optional(selector),
  messageList: selector,
  message: selector,
  messageText: v.optional(selector),
  messageIdAttribute: v.optional(attributeName),
  author: v.strictObject({
    /** An attribute on the message or one of its ancestors, whose value names the author. */
    attribute: v.optional(attributeName),
    customerValues: v.optional(values),
    agentValues: v.optional(values),
    systemValues: v.optional(values),
    /** Or selectors the message (or an ancestor) matches. */
    customerSelector: v.optional(selector),
    agentSelector: v.optional(selector),
    systemSelector: v.optional(selector),
    /** When nothing above decides: which side of the log the bubble sits on (right = agent), or assume the customer. */
    fallback: v.optional(v.picklist(authorFallbacks)),
  }),
  composer: selector,
  sendButton: v.optional(selector),
  /** Which editor the composer is; 'auto' (the default) recognises it by its DOM signature. */
  editor: v.optional(v.picklist(['auto', ...editorKinds])),
  /**
   * The console's list of conversations, where it shows one: its items, the attribute on an item holding the
   * conversation's id (the id the conversation root or URL gives), and inside an item its latest line and the
   * customer's name. A new latest line in a conversation not on screen is coached, and a crisis is badged there.
   */
  conversationList: v.optional(selector),
  conversationListItem: v.optional(selector),
  conversationListItemId: v.optional(attributeName),
  conversationListPreview: v.optional(selector),
  conversationListName: v.optional(selector),
});

export type ConsoleAdapter = v.InferOutput<typeof consoleAdapterSchema>;

/** Validates one adapter (built-in, picked or imported JSON); throws one readable error naming where the problem is. */
export function parseAdapter(value: unknown, what = 'console adapter'): ConsoleAdapter {
  return parseOrThrow(consoleAdapterSchema, value, what);
}

export const customAdaptersSchema = v.pipe(v.array(consoleAdapterSchema), v.maxLength(50));
