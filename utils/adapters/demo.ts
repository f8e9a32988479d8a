import type { ConsoleAdapter } from './types';

/** Undertone's own demo console (demo/index.html), served on loopback. */
export default {
  id: 'demo',
  name: 'Undertone demo console',
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  conversationRoot: '[data-testid="conversation"]',
  conversationIdAttribute: 'data-conversation-id',
  customerName: '[data-testid="customer-name"]',
  messageList: '[data-testid="message-log"]',
  message: '[data-message-id]',
  messageText: '[data-testid="message-text"]',
  messageIdAttribute: 'data-message-id',
  author: { attribute: 'data-author', customerValues: ['customer'], agentValues: ['agent'], systemValues: ['system'] },
  composer: '[data-testid="composer"]',
  sendButton: '[data-testid="send"]',
} satisfies ConsoleAdapter;
