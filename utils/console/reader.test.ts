// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleEvent } from '../protocol/ports';
import { startReader } from './reader';
import type { ConsoleView } from './view';

/** A console whose messages carry neither ids nor authors' markers beyond a class: dedupe by content. */
function listView(list: HTMLElement): ConsoleView {
  return {
    id: 'test',
    name: 'Test console',
    editor: 'auto',
    findList: () => list,
    conversationId: () => 'c1',
    customerName: () => undefined,
    messagesIn: (node) => (node.matches('li') ? [node] : [...node.querySelectorAll('li')]),
    read: (el) => ({ author: el.classList.contains('agent') ? 'agent' : 'customer', text: el.textContent ?? '' }),
    idOf: () => undefined,
    composer: () => null,
    isComposer: () => false,
    sendButton: () => null,
  };
}

/** After the reader's own frame (it asked for one when it saw the change). */
const afterFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
const row = (text: string) => Object.assign(document.createElement('li'), { textContent: text });

describe('startReader', () => {
  let list: HTMLElement;
  let events: ConsoleEvent[];
  let abort: AbortController;
  const texts = () => events.flatMap((e) => (e.type === 'console.message' ? [e.message.text] : []));
  /** Shows exactly these rows, recycling none (a virtualised list creating every row afresh). */
  const show = (...rows: string[]) => list.replaceChildren(...rows.map(row));
  const start = () => startReader(listView(list), abort.signal, (event) => events.push(event));

  beforeEach(() => {
    list = document.createElement('ul');
    document.body.replaceChildren(list);
    events = [];
    abort = new AbortController();
  });
  afterEach(() => abort.abort());

  it('announces every message that arrives in one frame together with the list coming back down', async () => {
    show('m1', 'm2', 'm3', 'm4');
    start();
    show('m1', 'm2'); // scrolled up: the newest rows are recycled away
    await afterFrame();
    show('m3', 'm4', 'new while up', 'next one'); // back down, with the next message, before the reader's frame
    await vi.waitFor(() => expect(texts()).toEqual(['new while up', 'next one']));
  });

  it('announces the first messages of a conversation that showed none', async () => {
    start();
    list.append(row('first'), row('second'));
    await vi.waitFor(() => expect(texts()).toEqual(['first', 'second']));
  });

  it('takes a whole screen of rows it cannot place after known ones (a jump into never-shown history) as history', async () => {
    show('m98', 'm99', 'm100');
    start();
    show('m1', 'm2', 'm3');
    await afterFrame();
    list.append(row('really new'));
    await vi.waitFor(() => expect(texts()).toEqual(['really new']));
  });
});
