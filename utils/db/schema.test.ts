import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { UndertoneDb, type Snippet } from './schema';

/** Opens the database as an older release of Undertone would have declared it. */
function openAsVersion1(name: string): Dexie {
  const old = new Dexie(name);
  old.version(1).stores({ notes: 'id, conversationKey, updatedAt', snippets: 'id, source, shortcut, updatedAt' });
  return old;
}

const snippet = (id: string, shortcut?: string): Snippet => ({
  id,
  title: `Snippet ${id}`,
  body: 'Thanks for waiting.\nI have checked your order.',
  tags: ['refund'],
  lang: 'en',
  states: ['anger'],
  ...(shortcut === undefined ? {} : { shortcut }),
  source: 'personal',
  createdAt: 1,
  updatedAt: 2,
  usedCount: 3,
  lastUsedAt: 4,
});

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema upgrades', () => {
  it('v1 → v2 keeps every note and snippet, normalises shortcuts and adds the insert-outcome table', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    const old = openAsVersion1(name);
    await old.table('notes').bulkAdd([
      { id: 'n1', conversationKey: 'demo:c-1', text: 'Promised a callback', createdAt: 1, updatedAt: 1 },
      { id: 'n2', conversationKey: '', text: '自由笔记', createdAt: 2, updatedAt: 2 },
    ]);
    await old.table('snippets').bulkAdd([snippet('a', '  ThankS '), snippet('b', 'ｒｅｆ'), snippet('c', '   '), snippet('d')]);
    old.close();

    const db = new UndertoneDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.notes.orderBy('id').toArray()).toEqual([
      { id: 'n1', conversationKey: 'demo:c-1', text: 'Promised a callback', createdAt: 1, updatedAt: 1 },
      { id: 'n2', conversationKey: '', text: '自由笔记', createdAt: 2, updatedAt: 2 },
    ]);
    const snippets = await db.snippets.orderBy('id').toArray();
    expect(snippets.map((s) => s.shortcut)).toEqual(['thanks', 'ref', undefined, undefined]);
    expect(snippets.map((s) => 'shortcut' in s)).toEqual([true, true, false, false]);
    expect(snippets[0]).toEqual({ ...snippet('a'), shortcut: 'thanks' });
    expect(await db.snippets.where('shortcut').equals('ref').count()).toBe(1);
    await db.insertOutcomes.add({
      id: 'o1', kind: 'snippet', itemId: 'a', conversationKey: 'demo:c-1', insertedAt: 5, temperatureBefore: 0.8, temperaturesAfter: [],
    });
    expect(await db.insertOutcomes.where('conversationKey').equals('demo:c-1').count()).toBe(1);
    db.close();
  });
});

describe('schema upgrade to v3 (team packs)', () => {
  it('v2 → v3 keeps notes, snippets and outcomes, and adds empty pack tables', async () => {
    const name = `upgrade-v3-${crypto.randomUUID()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(1).stores({ notes: 'id, conversationKey, updatedAt', snippets: 'id, source, shortcut, updatedAt' });
    old.version(2).stores({ insertOutcomes: 'id, itemId, conversationKey, insertedAt' });
    await old.table('notes').add({ id: 'n1', conversationKey: '', text: 'kept', createdAt: 1, updatedAt: 1 });
    await old.table('snippets').bulkAdd([snippet('a', 'thanks'), { ...snippet('p'), source: 'pack:com.example.team' }]);
    old.close();

    const db = new UndertoneDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.notes.count()).toBe(1);
    expect((await db.snippets.orderBy('id').toArray()).map((s) => [s.id, s.source])).toEqual([['a', 'personal'], ['p', 'pack:com.example.team']]);
    expect([await db.packs.count(), await db.packItems.count(), await db.packForks.count()]).toEqual([0, 0, 0]);
    await db.packItems.add({ packId: 'com.example.team', key: 'snippets:x', kind: 'snippets', hash: 'h', data: {} });
    expect(await db.packItems.where('packId').equals('com.example.team').count()).toBe(1);
    db.close();
  });
});

describe('schema upgrade to v4 (the people on both sides)', () => {
  it('v3 → v4 keeps every note, snippet, outcome and pack, and adds the empty people tables with their indexes', async () => {
    const name = `upgrade-v4-${crypto.randomUUID()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(1).stores({ notes: 'id, conversationKey, updatedAt', snippets: 'id, source, shortcut, updatedAt' });
    old.version(2).stores({ insertOutcomes: 'id, itemId, conversationKey, insertedAt' });
    old.version(3).stores({ packs: 'key, packId', packItems: '[packId+key], packId', packForks: 'snippetId, packId' });
    await old.table('notes').add({ id: 'n1', conversationKey: 'demo:c-1', text: 'Promised a callback', createdAt: 1, updatedAt: 1 });
    await old.table('snippets').add(snippet('a', 'thanks'));
    await old.table('insertOutcomes').add({ id: 'o1', kind: 'snippet', itemId: 'a', conversationKey: 'demo:c-1', insertedAt: 5, temperatureBefore: 0.8, temperaturesAfter: [0.4] });
    await old.table('packs').add({ key: 'url:https://packs.example.com/a.json', packId: 'com.example.a' });
    old.close();

    const db = new UndertoneDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.notes.toArray()).toEqual([{ id: 'n1', conversationKey: 'demo:c-1', text: 'Promised a callback', createdAt: 1, updatedAt: 1 }]);
    expect(await db.snippets.get('a')).toEqual(snippet('a', 'thanks'));
    expect((await db.insertOutcomes.get('o1'))?.temperaturesAfter).toEqual([0.4]);
    expect(await db.packs.count()).toBe(1);
    expect([await db.customers.count(), await db.customerMemories.count(), await db.conversationVisits.count(), await db.promises.count(), await db.wins.count()]).toEqual([0, 0, 0, 0, 0]);
    await db.promises.add({ id: 'p1', conversationKey: 'demo:c-1', messageId: 'm-1', text: "I'll call you back.", madeAt: 1, status: 'open', customerKey: 'demo:email:a@b.c' });
    await db.conversationVisits.add({ conversationKey: 'demo:c-1', customerKey: 'demo:email:a@b.c', firstAt: 1, lastAt: 2, peak: 0.7, lastTemperature: 0.3, customerMessages: 2 });
    expect(await db.promises.where('[conversationKey+messageId]').equals(['demo:c-1', 'm-1']).count()).toBe(1);
    expect(await db.promises.where('status').equals('open').count()).toBe(1);
    expect(await db.conversationVisits.where('customerKey').equals('demo:email:a@b.c').count()).toBe(1);
    db.close();
  });
});
