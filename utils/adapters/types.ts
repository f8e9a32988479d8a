/**
 * A console adapter is data, not code: where the conversation, its messages,
 * their authors and the composer are. Built-in and user-defined adapters share
 * this shape.
 */
export interface ConsoleAdapter {
  id: string;
  name: string;
  /** Match patterns (as in a manifest) for the pages this console lives on. */
  matches: string[];
  /** The element holding one conversation; the first visible match wins. */
  conversationRoot?: string;
  /** Where the conversation id is: an attribute of the conversation root. */
  conversationIdAttribute?: string;
  customerName?: string;
  messageList: string;
  message: string;
  messageText?: string;
  messageIdAttribute?: string;
  author: {
    attribute?: string;
    customerValues?: string[];
    agentValues?: string[];
    systemValues?: string[];
  };
  composer: string;
  sendButton?: string;
}
