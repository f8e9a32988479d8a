// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ConsoleEvent, SidebarCommand } from '../protocol/ports';
import { dockLayoutsItem, readDockLayout } from '../storage';
import type { connectSidebarPort } from './sidebar-port';
import { createSidebarStore } from './sidebar-store';

/** The background's end of the Port, held by the test: it delivers console events and keeps the commands sent. */
function background() {
  const sent: SidebarCommand[] = [];
  let deliver: (event: ConsoleEvent) => void = () => undefined;
  const connect: typeof connectSidebarPort = (handlers) => {
    deliver = handlers.onConsole;
    return { follow: async () => undefined, send: (command) => void sent.push(command), close: () => undefined };
  };
  return { sent, connect, emit: (event: ConsoleEvent) => deliver(event) };
}

const state = (conversationKey: string) =>
  ({ type: 'console.state', state: { adapterId: 'demo', consoleName: 'Demo', conversationKey, history: [] } }) satisfies ConsoleEvent;
const angry = { type: 'console.message', conversationKey: 'demo:c-1', message: { id: 'm1', author: 'customer', text: 'I am furious, this is ridiculous and I want to cancel my account.', at: 1 } } satisfies ConsoleEvent;

/** The engine loads as a chunk of its own: the card comes once it is here. */
async function cardOf(store: ReturnType<typeof createSidebarStore>) {
  // The chunk can take seconds on a loaded machine; the poll ends as soon as the card is there.
  await expect.poll(() => store.coaching.card.value, { timeout: 15_000 }).toBeDefined();
  return store.coaching.card.value!;
}

let stop: (() => void) | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => stop?.());

describe('sidebar store', () => {
  it('routes console events to the models and inserts a suggestion by its index', async () => {
    const port = background();
    const store = createSidebarStore({ connect: port.connect });
    port.emit(state('demo:c-1'));
    expect(store.console.conversationKey.value).toBe('demo:c-1');
    port.emit(angry);
    const card = await cardOf(store);
    expect(store.announcement.value).toMatch(/anger/i);

    const requests: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => void requests.push(message));
    port.emit({ type: 'console.suggestion-key', index: 1 });
    expect(port.sent).toEqual([{ type: 'sidebar.insert', requestId: expect.any(String), text: card.insight.suggestions[1]!.text }]);
    // The insert starts its outcome: the phrasing's words and stage, the conversation and its temperature now; nothing the customer wrote.
    const chosen = card.insight.suggestions[1]!;
    await expect.poll(() => requests, { timeout: 15_000 }).toContainEqual(
      expect.objectContaining({
        type: 'outcomes.suggestionUsed',
        input: { conversationKey: 'demo:c-1', temperature: card.insight.temperature, text: chosen.text, stage: chosen.stage, state: chosen.state },
      }),
    );
    port.emit({ type: 'console.suggestion-key', index: 3 });
    port.emit({ type: 'console.suggestion-key', index: 3 });
    const ids = port.sent.map((command) => 'requestId' in command && command.requestId);
    expect(new Set(ids).size).toBe(ids.length);

    port.emit({ type: 'console.selection', text: 'Your refund is on its way.' });
    expect(store.quickAdd.selection.value).toBe('Your refund is on its way.');
    port.emit({ type: 'console.insert-result', requestId: 'r', ok: false, error: 'the composer is gone' });
    expect(store.status.value).toContain('the composer is gone');
  });

  it('offers nothing for a suggestion the card does not have', async () => {
    const port = background();
    const store = createSidebarStore({ connect: port.connect });
    store.insertSuggestion(0);
    expect(await store.copySuggestion(0)).toBe(false);
    expect(port.sent).toEqual([]);
  });

  it('replaces a warned phrase of the draft with its alternative, and starts the picker', async () => {
    const port = background();
    const store = createSidebarStore({ connect: port.connect });
    port.emit(state('demo:c-1'));
    await expect.poll(() => store.coaching.conversationKey.value).toBe('demo:c-1');
    port.emit({ type: 'console.draft', conversationKey: 'demo:c-1', text: 'Calm down, as I said before.' });
    const warning = store.coaching.draftWarnings.value[0]!;
    expect(warning.phrase).toBe('Calm down');
    store.replaceWarning(0);
    store.pick();
    expect(port.sent).toEqual([
      { type: 'sidebar.replace', requestId: expect.any(String), find: warning.phrase, replacement: warning.alternative },
      { type: 'sidebar.pick', requestId: expect.any(String), words: expect.objectContaining({ pickerTitle: 'Teach Undertone this console', pickerSaved: expect.stringContaining('{name}') }) },
    ]);
  });

  it('keeps the docked layout per site and follows changes made elsewhere', async () => {
    const store = createSidebarStore({ site: 'acme.example', connect: background().connect });
    stop = store.start();
    store.setCollapsed(true);
    await expect.poll(() => readDockLayout('acme.example')).toMatchObject({ collapsed: true });
    await expect.poll(() => store.collapsed.value).toBe(true);
    await dockLayoutsItem.setValue({ 'acme.example': { ...(await readDockLayout('acme.example')), collapsed: false } });
    await expect.poll(() => store.collapsed.value).toBe(false);
  });
});
