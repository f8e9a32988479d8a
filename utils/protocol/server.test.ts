import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote, deleteNote, listNotes } from '../db/notes';
import Dexie from 'dexie';
import { UndertoneDb } from '../db/schema';
import { REQUEST_CHANNEL } from './define';
import { createRequestServer, type Sender } from './server';

const self = { extensionId: 'undertone-id', extensionOrigin: 'chrome-extension://undertone-id' };
const sidebar: Sender = { id: self.extensionId, url: `${self.extensionOrigin}/sidebar.html?site=x`, tab: { id: 3 } };
const contentScript: Sender = { id: self.extensionId, url: 'https://acme.zendesk.com/agent', tab: { id: 3 } };
const envelope = (type: string, input: unknown) => ({ channel: REQUEST_CHANNEL, type, input });

let db: UndertoneDb;
let server: ReturnType<typeof createRequestServer>;

beforeEach(async () => {
  db = new UndertoneDb(`test-${crypto.randomUUID()}`);
  server = createRequestServer(self);
  server.handle('notes.list', ({ conversationKey }) => listNotes(db, conversationKey));
  server.handle('notes.add', ({ conversationKey, text }) => addNote(db, conversationKey, text));
  server.handle('notes.delete', ({ id }) => deleteNote(db, id));
});
afterEach(() => db.delete());

describe('request server', () => {
  it('answers a valid request from an extension page', async () => {
    const reply = await server.dispatch(envelope('notes.add', { conversationKey: 'demo:c-1', text: '  Order #4021  ' }), sidebar);
    expect(reply).toMatchObject({ ok: true, value: { conversationKey: 'demo:c-1', text: 'Order #4021' } });
    expect(await db.notes.count()).toBe(1);
  });

  it('ignores messages that are not in its envelope, so other listeners may answer them', async () => {
    expect(await server.dispatch({ type: 'notes.add' }, sidebar)).toBeUndefined();
    expect(await server.dispatch('notes.add', sidebar)).toBeUndefined();
    expect(await server.dispatch(null, sidebar)).toBeUndefined();
  });

  it.each([
    ['a foreign extension', { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' }, 'the sender is not Undertone'],
    ['a web page (no sender id)', { url: 'https://evil.example/' }, 'the sender is not Undertone'],
    ['a content script asking to write', contentScript, 'may only come from Undertone\'s own pages'],
  ])('refuses %s and writes nothing', async (_label, sender, error) => {
    const reply = await server.dispatch(envelope('notes.add', { conversationKey: 'k', text: 'x' }), sender as Sender);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining(error) });
    expect(await db.notes.count()).toBe(0);
  });

  it.each([
    ['an unknown request', 'notes.drop', {}, 'Unknown request "notes.drop"'],
    ['an inherited property name', 'constructor', {}, 'Unknown request "constructor"'],
    ['a missing field', 'notes.add', { conversationKey: 'k' }, 'at text'],
    ['a wrong type', 'notes.add', { conversationKey: 7, text: 'x' }, 'at conversationKey'],
    ['an empty note', 'notes.add', { conversationKey: 'k', text: '   ' }, 'the note is empty'],
    ['an oversized note', 'notes.add', { conversationKey: 'k', text: 'x'.repeat(20_001) }, 'longer than 20,000 characters'],
    ['an extra key', 'notes.add', { conversationKey: 'k', text: 'x', __proto__: { admin: true }, extra: 1 }, 'Invalid "notes.add" request'],
    ['a non-object input', 'notes.add', 'hello', 'Invalid "notes.add" request'],
    ['an empty id', 'notes.delete', { id: '' }, 'id is empty'],
  ])('rejects %s with a clear error and writes nothing', async (_label, type, input, error) => {
    const reply = await server.dispatch(envelope(type, input), sidebar);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining(error) });
    expect(await db.notes.count()).toBe(0);
  });

  it('turns a failing handler into an error reply instead of a throw', async () => {
    server.handle('notes.list', () => {
      throw new Error('disk on fire');
    });
    expect(await server.dispatch(envelope('notes.list', { conversationKey: '' }), sidebar)).toEqual({ ok: false, error: 'disk on fire' });
  });

  it.each([
    ['by IndexedDB', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')],
    ['inside a Dexie transaction abort', () => new Dexie.AbortError('Transaction aborted', new DOMException('', 'QuotaExceededError'))],
  ])('says plainly that storage is full when a write is refused %s, and marks it for the UI', async (_label, refusal) => {
    server.handle('notes.add', () => {
      throw refusal();
    });
    const reply = await server.dispatch(envelope('notes.add', { conversationKey: 'k', text: 'x' }), sidebar);
    expect(reply).toEqual({ ok: false, code: 'storage-full', error: expect.stringContaining("Your browser's storage for Undertone is full: the note was not saved. Everything saved before is kept.") });
  });
});
