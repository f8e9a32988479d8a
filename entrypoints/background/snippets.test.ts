import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '@/utils/backup/memory-store';
import { UndertoneDb } from '@/utils/db/schema';
import { REQUEST_CHANNEL } from '@/utils/protocol/define';
import { createRequestServer, type Sender } from '@/utils/protocol/server';
import { registerBackupHandlers } from './backup';
import { registerNoteHandlers } from './notes';
import { registerOutcomeHandlers } from './outcomes';
import { registerSnippetHandlers } from './snippets';

const self = { extensionId: 'undertone-id', extensionOrigin: 'chrome-extension://undertone-id' };
const optionsPage: Sender = { id: self.extensionId, url: `${self.extensionOrigin}/options.html` };
const contentScript: Sender = { id: self.extensionId, url: 'https://acme.zendesk.com/agent', tab: { id: 3 } };
const envelope = (type: string, input: unknown) => ({ channel: REQUEST_CHANNEL, type, input });

let db: UndertoneDb;
let store: ReturnType<typeof memoryStore>;
let server: ReturnType<typeof createRequestServer>;
const ask = (type: string, input: unknown, sender = optionsPage) => server.dispatch(envelope(type, input), sender);

beforeEach(() => {
  db = new UndertoneDb(`handlers-${crypto.randomUUID()}`);
  store = memoryStore({ settings: { breather: true } });
  server = createRequestServer(self);
  registerSnippetHandlers(server, db);
  registerNoteHandlers(server, db);
  registerOutcomeHandlers(server, db);
  registerBackupHandlers(server, db, store);
});
afterEach(() => db.delete());

const draft = { title: 'Refund approved', body: 'Hi {{customer.name}},\nyour refund is on its way.', tags: ['billing'], shortcut: ' RA ' };

async function everythingCount() {
  return (await db.snippets.count()) + (await db.notes.count()) + (await db.insertOutcomes.count());
}

describe('snippet requests', () => {
  it('creates, finds by shortcut from a content script, records use and the outcome', async () => {
    const created = await ask('snippets.create', { draft });
    expect(created).toMatchObject({ ok: true, value: { shortcut: 'ra', source: 'personal', lang: 'any', usedCount: 0 } });
    const id = (created as { value: { id: string } }).value.id;
    expect(await ask('snippets.byShortcut', { shortcut: 'Ra' }, contentScript)).toEqual({
      ok: true, value: [{ id, title: 'Refund approved', body: draft.body, source: 'personal' }],
    });
    expect(await ask('snippets.used', { id, conversation: { conversationKey: 'demo:c-1', temperature: 0.8 } })).toEqual({ ok: true });
    expect(await ask('outcomes.customerTemperature', { conversationKey: 'demo:c-1', temperature: 0.4, at: Date.now() + 1 })).toEqual({ ok: true, value: 1 });
    expect(await db.snippets.get(id)).toMatchObject({ usedCount: 1 });
    expect(await db.insertOutcomes.toArray()).toMatchObject([{ itemId: id, temperatureBefore: 0.8, temperaturesAfter: [0.4] }]);
  });

  it('keeps simple formatting: stored as light, offered to the expansion, dropped again when the agent unticks it', async () => {
    const created = (await ask('snippets.create', { draft: { ...draft, body: '**Done**', format: 'light' } })) as { value: { id: string } };
    const id = created.value.id;
    expect(await ask('snippets.byShortcut', { shortcut: 'ra' }, contentScript)).toMatchObject({ ok: true, value: [{ id, body: '**Done**', format: 'light' }] });
    await ask('snippets.update', { id, draft: { ...draft, body: '**Done**' } });
    expect(await db.snippets.get(id)).not.toHaveProperty('format');
    expect(await ask('snippets.create', { draft: { ...draft, shortcut: undefined, format: 'html' } })).toMatchObject({ ok: false, error: expect.stringContaining('format must be plain or light') });
  });

  it('deletes many and undoes it exactly', async () => {
    const a = (await ask('snippets.create', { draft })) as { value: { id: string } };
    await ask('snippets.create', { draft: { ...draft, shortcut: undefined, title: 'Second' } });
    const before = await db.snippets.toArray();
    const deleted = (await ask('snippets.delete', { ids: before.map((s) => s.id) })) as { value: unknown[] };
    expect(await db.snippets.count()).toBe(0);
    expect(await ask('snippets.restore', { snippets: deleted.value })).toEqual({ ok: true });
    expect(await db.snippets.toArray()).toEqual(before);
    expect(await ask('snippets.retag', { ids: [a.value.id], add: ['vip'], remove: ['billing'] })).toEqual({ ok: true, value: 1 });
    expect((await db.snippets.get(a.value.id))!.tags).toEqual(['vip']);
  });

  it('refuses a personal shortcut already taken, naming the snippet', async () => {
    await ask('snippets.create', { draft });
    expect(await ask('snippets.create', { draft: { ...draft, title: 'Other' } })).toEqual({ ok: false, error: 'The shortcut "ra" is already used by "Refund approved"' });
    expect(await db.snippets.count()).toBe(1);
  });

  it.each([
    ['a content script writing', 'snippets.create', { draft }, 'may only come from Undertone\'s own pages', contentScript],
    ['a content script reading everything', 'snippets.list', {}, 'may only come from Undertone\'s own pages', contentScript],
    ['an empty title', 'snippets.create', { draft: { ...draft, title: '   ' } }, 'at draft.title: the title is empty'],
    ['HTML in a body', 'snippets.create', { draft: { ...draft, body: '<img src=x onerror=alert(1)>' } }, 'at draft.body: the body contains an HTML tag'],
    ['a lone surrogate', 'snippets.create', { draft: { ...draft, body: 'a\ud800' } }, 'at draft.body: the body contains invalid Unicode'],
    ['a huge body', 'snippets.create', { draft: { ...draft, body: 'x'.repeat(20_001) } }, 'longer than 20,000 characters'],
    ['a spaced shortcut', 'snippets.create', { draft: { ...draft, shortcut: 'a b' } }, 'the shortcut cannot contain spaces'],
    ['an unknown language', 'snippets.create', { draft: { ...draft, lang: 'fr' } }, 'at draft.lang'],
    ['too many tags', 'snippets.create', { draft: { ...draft, tags: Array.from({ length: 31 }, (_, i) => `t${i}`) } }, 'at most 30 tags'],
    ['an extra field', 'snippets.create', { draft: { ...draft, source: 'pack:x' } }, 'Invalid "snippets.create" request'],
    ['no ids to delete', 'snippets.delete', { ids: [] }, 'no snippet was chosen'],
    ['a bad id', 'snippets.delete', { ids: ['../x'] }, 'id must be 1–64 letters'],
    ['a retag naming no tag', 'snippets.retag', { ids: ['a'] }, 'name a tag to add or remove'],
    ['a restored snippet with HTML', 'snippets.restore', { snippets: [{ id: 'a', title: '<b>x</b>', body: 'b', tags: [], lang: 'en', states: [], source: 'personal', createdAt: 1, updatedAt: 1, usedCount: 0 }] }, 'at snippets[0].title'],
    ['a temperature out of range', 'outcomes.customerTemperature', { conversationKey: 'k', temperature: 7, at: 1 }, 'a temperature is at most 1'],
    ['an empty note edit', 'notes.update', { id: 'n1', text: ' ' }, 'at text: the note is empty'],
    ['a backup import in an unknown mode', 'backup.import', { text: '{}', mode: 'overwrite' }, 'mode must be merge or replace'],
    ['an erase without the word', 'backup.erase', { confirm: 'yes' }, 'confirm must be "erase"'],
    ['a hostile backup', 'backup.import', { text: '{"format":"undertone-backup","version":1,"exportedAt":1,"tables":{"snippets":[],"notes":[],"__proto__":[]},"storage":{}}', mode: 'replace' }, 'the key "__proto__" is not allowed'],
  ])('rejects %s with a clear error and writes nothing', async (_label, type, input, error, sender = optionsPage) => {
    expect(await ask(type, input, sender)).toEqual({ ok: false, error: expect.stringContaining(error) });
    expect(await everythingCount()).toBe(0);
    expect(Object.keys(store.dump())).toEqual(['settings']);
  });
});

describe('backup requests', () => {
  it('exports, erases (snapshot first) and imports the file back, with a preview that writes nothing', async () => {
    await ask('snippets.create', { draft });
    const exported = (await ask('backup.export', {})) as { value: { fileName: string; text: string } };
    expect(exported.value.fileName).toMatch(/^undertone-backup-\d{4}-\d\d-\d\d\.json$/);
    expect(await ask('backup.erase', { confirm: 'erase' })).toEqual({ ok: true });
    expect(await db.snippets.count()).toBe(0);

    const preview = await ask('backup.preview', { text: exported.value.text, mode: 'merge' });
    expect(preview).toMatchObject({ ok: true, value: { tables: { snippets: { added: 1 } } } });
    expect(await db.snippets.count()).toBe(0);
    await ask('backup.import', { text: exported.value.text, mode: 'merge' });
    expect(await db.snippets.count()).toBe(1);

    const status = (await ask('backup.status', {})) as { value: { snapshots: { reason: string }[]; lastExportAt: number } };
    expect(status.value.snapshots.map((s) => s.reason)).toEqual(['before import', 'before import']);
    expect(status.value.lastExportAt).toBeGreaterThan(0);
  });
});
