import * as v from 'valibot';
import { pickerWordsSchema } from '../picker/words';
import { richBlocksSchema } from '../snippets/rich-schema';

/** Port names: the console content script and each sidebar (injected or side panel) connect to the background. */
export const PORT_CONSOLE = 'undertone/console';
export const PORT_SIDEBAR = 'undertone/sidebar';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const requestId = text(64);

export const authorSchema = v.picklist(['customer', 'agent', 'system']);
export type Author = v.InferOutput<typeof authorSchema>;

export const chatMessageSchema = v.object({
  id: text(256),
  author: authorSchema,
  text: text(100_000),
  at: v.number(),
  /** The author's name as the console shows it beside the message, when it does. */
  authorName: v.optional(text(256)),
});
export type ChatMessage = v.InferOutput<typeof chatMessageSchema>;

export const consoleStateSchema = v.object({
  adapterId: text(64),
  consoleName: text(128),
  /** `${adapterId}:${conversationId}`: the key notes are filed under. */
  conversationKey: text(512),
  customerName: v.optional(text(256)),
  /** Who the customer is, where the adapter knows (customer memory keys on these). */
  customerId: v.optional(text(256)),
  customerEmail: v.optional(text(256)),
  customerHandle: v.optional(text(256)),
  agentName: v.optional(text(256)),
  /** Messages already on screen when the conversation was found: context, never new events. */
  history: v.pipe(v.array(chatMessageSchema), v.maxLength(500)),
  /** A quiet notice for the sidebar, e.g. when an adapter broke and the generic reader took over. */
  notice: v.optional(text(500)),
  /** The customer's country as the console shows it (ISO 3166 code), for the crisis card's numbers. */
  customerCountry: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z]{2}$/))),
});
export type ConsoleState = v.InferOutput<typeof consoleStateSchema>;

/** Content script → background → sidebars of the same tab. */
export const consoleEventSchema = v.variant('type', [
  v.object({ type: v.literal('console.state'), state: v.nullable(consoleStateSchema) }),
  v.object({
    type: v.literal('console.message'),
    conversationKey: text(512),
    message: chatMessageSchema,
    /** Read from the console's list of conversations (the latest line of one not on screen), with the customer's name there. */
    fromList: v.optional(v.literal(true)),
    customerName: v.optional(text(256)),
  }),
  v.object({ type: v.literal('console.draft'), conversationKey: text(512), text: text(100_000) }),
  /** The text the agent last selected in the composer ('' once the selection there collapses), for "Save selection as snippet". */
  v.object({ type: v.literal('console.selection'), text: text(20_000) }),
  v.object({
    type: v.literal('console.insert-result'),
    requestId,
    ok: v.boolean(),
    /** How the text landed ('paste', 'execCommand', …) or, on failure, that it went to the clipboard. */
    method: v.optional(text(64)),
    error: v.optional(text(500)),
  }),
  /** The agent pressed an insert-suggestion key (Alt+1 … Alt+4) while typing in the console. */
  v.object({ type: v.literal('console.suggestion-key'), index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)) }),
]);
export type ConsoleEvent = v.InferOutput<typeof consoleEventSchema>;

/**
 * `cursor`: where the caret goes afterwards, as an offset into `text` (a snippet's {{cursor}}); the end when absent.
 * `blocks`: a formatted snippet's structure, from which the console page writes the HTML for rich editors.
 */
const insertCommand = v.object({
  type: v.literal('sidebar.insert'),
  requestId,
  text: text(100_000),
  cursor: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000))),
  blocks: v.optional(richBlocksSchema),
});
const replaceCommand = v.object({ type: v.literal('sidebar.replace'), requestId, find: text(10_000), replacement: text(10_000) });
/** Start the element picker in the console page, to build a custom adapter for its site. */
const pickCommand = v.object({ type: v.literal('sidebar.pick'), requestId, words: pickerWordsSchema });
/** The conversations with a crisis not yet acknowledged, badged in the console's own list (every mark replaces the last). */
const markCommand = v.object({
  type: v.literal('sidebar.mark'),
  requestId,
  marks: v.pipe(v.array(v.object({ conversationKey: text(512), label: text(80) })), v.maxLength(50)),
});

/** Sidebar → background → the console content script of its tab. */
export const sidebarCommandSchema = v.variant('type', [
  /** The side panel is not inside a tab, so it says which tab it follows. */
  v.object({ type: v.literal('sidebar.follow-tab'), tabId: v.pipe(v.number(), v.integer()) }),
  insertCommand,
  replaceCommand,
  pickCommand,
  markCommand,
]);
export type SidebarCommand = v.InferOutput<typeof sidebarCommandSchema>;

/** Background → console content script: the relayed sidebar commands and the background's own. */
export const backgroundToConsoleSchema = v.variant('type', [
  insertCommand,
  replaceCommand,
  pickCommand,
  markCommand,
  v.object({ type: v.literal('dock.toggle') }),
  /** The toggle command's current shortcut, for the in-page fallback when the browser's own binding does not fire. */
  v.object({ type: v.literal('dock.shortcut'), shortcut: text(64) }),
  v.object({ type: v.literal('console.resend') }),
]);
export type BackgroundToConsole = v.InferOutput<typeof backgroundToConsoleSchema>;

/** Background → sidebar: which tables changed ('*' for all), besides relayed console events. */
export const dataChangedSchema = v.object({ type: v.literal('data.changed'), tables: v.array(text(64)) });
export type BackgroundToSidebar = ConsoleEvent | v.InferOutput<typeof dataChangedSchema>;
