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
    customerCountry: () => undefined,
    customerIdentity: () => ({}),
    messagesIn: (node) => (node.matches('li') ? [node] : [...node.querySelectorAll('li')]),
    read: (el) => ({ author: el.classList.contains('agent') ? 'agent' : 'customer', text: el.textContent ?? '' }),
    latestIn: (node, count) => [...node.querySelectorAll('li')].slice(-count),
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

  it('announces a message whose text arrives after an unrelated re-render', async () => {
    show('a', 'b');
    start();
    const late = list.appendChild(row(''));
    await afterFrame();
    list.children[0]!.replaceWith(row('a'));
    await afterFrame();
    late.textContent = 'late text';
    await vi.waitFor(() => expect(texts()).toEqual(['late text']));
  });

  describe('a list that recycles its rows in place', () => {
    /** Rewrites the existing rows' text (no element added or removed), as a pooled virtualised list does. */
    const recycle = (...texts: string[]) => texts.forEach((text, i) => (list.children[i]!.textContent = text));

    it('announces what a rewritten row shows when it is new, once, and not the rows that only shifted', async () => {
      show('m1', 'm2', 'm3', 'm4');
      start();
      recycle('m2', 'm3', 'm4', 'new one');
      await vi.waitFor(() => expect(texts()).toEqual(['new one']));
      recycle('m4', 'new one', 'second', 'third');
      await vi.waitFor(() => expect(texts()).toEqual(['new one', 'second', 'third']));
    });

    it('takes a row rewritten with what it showed (a re-render) for nothing', async () => {
      show('m1', 'm2', 'm3');
      start();
      recycle('m1', 'm2', 'm3');
      list.children[1]!.className = 'agent';
      list.children[1]!.className = '';
      await afterFrame();
      recycle('m2', 'm3', 'after');
      await vi.waitFor(() => expect(texts()).toEqual(['after']));
    });

    it('takes rows scrolled up into older history as history, and a message that arrived meanwhile as news once back down', async () => {
      show('m5', 'm6', 'm7');
      start();
      recycle('m1', 'm2', 'm3'); // scrolled up: never-read history
      await afterFrame();
      recycle('m6', 'm7', 'arrived while up'); // back down
      await vi.waitFor(() => expect(texts()).toEqual(['arrived while up']));
      recycle('m1', 'm2', 'm3');
      await afterFrame();
      recycle('m6', 'm7', 'arrived while up');
      await afterFrame();
      recycle('m7', 'arrived while up', 'last');
      await vi.waitFor(() => expect(texts()).toEqual(['arrived while up', 'last']));
    });

    it('announces a row whose author changed in place with the same text', async () => {
      show('hello', 'm2', 'm3');
      start();
      recycle('m2', 'm3', 'hello');
      list.children[2]!.className = 'agent';
      await vi.waitFor(() => expect(events.flatMap((e) => (e.type === 'console.message' ? [[e.message.author, e.message.text]] : []))).toEqual([['agent', 'hello']]));
    });
  });

  describe('on a long log', () => {
    const rows = (count: number) => Array.from({ length: count }, (_, i) => `old ${i}`);
    const historyOf = () => events.flatMap((e) => (e.type === 'console.state' && e.state ? [e.state.history.map((m) => m.text)] : [])).at(-1);

    it('reads only the latest messages when it attaches, as history', () => {
      show(...rows(1_000));
      const view = listView(list);
      const read = vi.spyOn(view, 'read');
      startReader(view, abort.signal, (event) => events.push(event));
      expect(read).toHaveBeenCalledTimes(200);
      expect(historyOf()).toEqual(rows(1_000).slice(-200));
      expect(texts()).toEqual([]);
    });

    it('never announces old messages it did not read, when they re-render or change', async () => {
      show(...rows(1_000));
      start();
      list.children[10]!.replaceWith(row('old 10')); // re-rendered
      list.children[20]!.replaceWith(row('old 20, edited')); // edited
      list.children[30]!.append(Object.assign(document.createElement('time'), { textContent: 'seen' })); // a timestamp added
      list.append(row('new one'));
      await vi.waitFor(() => expect(texts()).toEqual(['new one']));
    });

    it('announces only what is new when the whole log re-renders with it', async () => {
      show(...rows(1_000));
      start();
      show(...rows(1_000), 'new one');
      await vi.waitFor(() => expect(texts()).toEqual(['new one']));
    });
  });
});
