// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { parseAdapter } from '../adapters/schema';
import { createSideJudge } from './side';
import { viewFromAdapter } from './view';

describe('an adapter view names the open conversation', () => {
  const adapter = parseAdapter({
    id: 'chatlist',
    name: 'Chat list console',
    matches: ['https://chat.example/*'],
    conversationIdPattern: '/chats/([^/]+)',
    selectedConversation: { selector: 'li[aria-selected="true"]', attribute: 'data-testid', pattern: '^chat-item-(.+)$' },
    messageList: '.log',
    message: '.msg',
    author: {},
    composer: 'textarea',
  });
  const view = viewFromAdapter(adapter, createSideJudge());
  /** A chat list with rows A1 and B2, the given one selected. */
  const chats = (selected: string | null) =>
    document.body.replaceChildren(
      ...['A1', 'B2'].map((id) => {
        const li = document.createElement('li');
        li.setAttribute('data-testid', `chat-item-${id}`);
        li.setAttribute('aria-selected', String(id === selected));
        return li;
      }),
    );
  afterEach(() => history.replaceState(null, '', '/'));

  it('from the chat list row the console marks selected, before the URL', () => {
    history.replaceState(null, '', '/chats/A1');
    chats('B2');
    expect(view.conversationId()).toBe('B2');
    chats('A1');
    expect(view.conversationId()).toBe('A1');
  });

  it('from the URL when no row is selected or the row does not fit the pattern', () => {
    history.replaceState(null, '', '/chats/A1');
    chats(null);
    expect(view.conversationId()).toBe('A1');
    chats('B2');
    document.querySelector('li[aria-selected="true"]')!.setAttribute('data-testid', 'something-else');
    expect(view.conversationId()).toBe('A1');
  });
});
