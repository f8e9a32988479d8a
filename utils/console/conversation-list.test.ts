// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleAdapter } from '../adapters/schema';
import type { ConsoleEvent } from '../protocol/ports';
import { hasConversationList, watchConversationList } from './conversation-list';

const adapter = {
  id: 'desk',
  name: 'Desk',
  matches: ['https://desk.test/*'],
  messageList: '.log',
  message: '.msg',
  author: {},
  composer: 'textarea',
  conversationList: '.inbox',
  conversationListItem: '.item',
  conversationListItemId: 'data-id',
  conversationListPreview: '.preview',
  conversationListName: '.name',
} satisfies ConsoleAdapter;

const item = (id: string, name: string, line: string) => `<li class="item" data-id="${id}"><span class="name">${name}</span><span class="preview">${line}</span></li>`;
const previewOf = (id: string) => document.querySelector(`[data-id="${id}"] .preview`)!;
const messages = (events: ConsoleEvent[]) => events.flatMap((e) => (e.type === 'console.message' ? [e] : []));

let controller: AbortController;
beforeEach(() => {
  document.body.innerHTML = `<ul class="inbox">${item('a', 'Ana', 'Hi')}${item('b', 'Ben', 'Hello')}</ul>`;
  controller = new AbortController();
});
afterEach(() => controller.abort());

describe('the console’s list of conversations', () => {
  it('needs the list, its items and their id to be known', () => {
    expect(hasConversationList(adapter)).toBe(true);
    expect(hasConversationList({ ...adapter, conversationListItemId: undefined })).toBe(false);
  });

  it("coaches each line the list shows for a conversation not on screen, once, and each new one; never the one on screen", async () => {
    const events: ConsoleEvent[] = [];
    watchConversationList(adapter, controller.signal, (e) => events.push(e), () => 'desk:a');
    expect(messages(events)).toMatchObject([{ conversationKey: 'desk:b', fromList: true, customerName: 'Ben', message: { author: 'customer', text: 'Hello' } }]);
    previewOf('a').textContent = 'A new line on screen';
    previewOf('b').textContent = 'I need help now';
    await expect.poll(() => messages(events).map((m) => m.message.text)).toEqual(['Hello', 'I need help now']);
    previewOf('b').textContent = 'I need help now'; // the same line again: nothing new
    document.querySelector('.inbox')!.insertAdjacentHTML('beforeend', item('c', 'Cleo', 'First line of a new chat'));
    await expect.poll(() => messages(events).map((m) => m.message.text)).toEqual(['Hello', 'I need help now', 'First line of a new chat']);
    expect(new Set(messages(events).map((m) => m.message.id)).size).toBe(3);
  });

  it('badges the marked conversations in a closed shadow root, follows each new mark, and removes every badge when cancelled', () => {
    const list = watchConversationList(adapter, controller.signal, () => undefined, () => 'desk:a');
    list.mark([{ conversationKey: 'desk:b', label: 'Crisis' }]);
    const badge = () => document.querySelector('[data-id="b"] [data-undertone-mark]');
    expect(badge()?.getAttribute('aria-label')).toBe('Crisis');
    expect(badge()?.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(document.querySelectorAll('[data-undertone-mark]')).toHaveLength(1);
    list.mark([{ conversationKey: 'desk:b', label: '危機' }]);
    expect(badge()?.getAttribute('aria-label')).toBe('危機');
    expect(document.querySelectorAll('[data-undertone-mark]')).toHaveLength(1);
    list.mark([]);
    expect(badge()).toBeNull();
    list.mark([{ conversationKey: 'desk:a', label: 'Check in' }]);
    controller.abort();
    expect(document.querySelectorAll('[data-undertone-mark]')).toHaveLength(0);
  });
});
