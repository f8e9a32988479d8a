import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UndertoneDb, type Snippet } from './schema';
import { mirroredSnippetId } from './pack-store';
import { deleteSnippets, findByShortcut, restoreSnippets, retagSnippets, updateSnippet } from './snippets';

let db: UndertoneDb;
beforeEach(() => {
  db = new UndertoneDb(`snippets-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const snippet = (id: string, fields: Partial<Snippet> = {}): Snippet => ({
  id, title: id, body: 'b', tags: [], lang: 'en', states: [], source: 'personal', createdAt: 1, updatedAt: 1, usedCount: 0, ...fields,
});

describe('snippet data', () => {
  it('finds a shortcut personal first, then packs by use', async () => {
    await db.snippets.bulkAdd([
      snippet('pack-rare', { shortcut: 'ty', source: 'pack:team', usedCount: 1 }),
      snippet('pack-often', { shortcut: 'ty', source: 'pack:team', usedCount: 9 }),
      snippet('mine', { shortcut: 'ty' }),
      snippet('other', { shortcut: 'tx' }),
    ]);
    expect((await findByShortcut(db, 'ty')).map((s) => s.id)).toEqual(['mine', 'pack-often', 'pack-rare']);
  });

  it('retags only snippets whose tags change, keeping order and no duplicates', async () => {
    await db.snippets.bulkAdd([snippet('a', { tags: ['vip', 'billing'] }), snippet('b', { tags: ['billing'] })]);
    expect(await retagSnippets(db, ['a', 'b', 'gone'], ['vip'], [], 5)).toBe(1);
    expect((await db.snippets.get('a'))!).toMatchObject({ tags: ['vip', 'billing'], updatedAt: 1 });
    expect((await db.snippets.get('b'))!).toMatchObject({ tags: ['billing', 'vip'], updatedAt: 5 });
  });
});

describe('pack snippets', () => {
  const lockedPack = { key: 'https://intranet.example.com/p.json', origin: 'policy' as const, url: 'https://intranet.example.com/p.json', trust: {}, locked: true, intervalHours: 6, addedAt: 1, packId: 'com.example.policy' };
  const edit = { title: 'Mine now', body: 'My words', tags: [], lang: 'any' as const, states: [] };

  beforeEach(async () => {
    await db.packs.add(lockedPack);
    await db.snippets.bulkAdd([snippet('locked-1', { title: 'Policy hello', source: 'pack:com.example.policy' }), snippet('mine')]);
  });

  it.each([
    ['edited', () => updateSnippet(db, 'locked-1', edit), '“Policy hello” comes from “com.example.policy”, which your administrator locked: it cannot be edited (nothing was changed)'],
    ['deleted with others', () => deleteSnippets(db, ['mine', 'locked-1']), '“Policy hello” comes from “com.example.policy”, which your administrator locked: it cannot be deleted'],
    ['retagged', () => retagSnippets(db, ['locked-1', 'mine'], ['vip'], []), 'it cannot be retagged'],
    ['overwritten by an undo', async () => restoreSnippets(db, [snippet('locked-1', { title: 'Hijacked', source: 'pack:com.example.policy' })]), 'it cannot be restored'],
  ])('a locked pack’s snippet cannot be %s, and nothing is written', async (_label, act, message) => {
    const before = await db.snippets.orderBy('id').toArray();
    await expect(act()).rejects.toThrow(message);
    expect(await db.snippets.orderBy('id').toArray()).toEqual(before);
  });

  it('editing an unlocked pack’s snippet saves a personal copy that remembers its base, and the mirror steps aside', async () => {
    await db.packs.update(lockedPack.key, { locked: false, pack: { id: 'com.example.policy', name: 'Team', version: '1.2.0' } as never });
    await db.packItems.add({ packId: 'com.example.policy', key: 'snippets:hello', kind: 'snippets', hash: 'abcdef0123456789', data: { id: 'hello', title: 'Policy hello', body: 'b' } });
    const mirrorId = mirroredSnippetId('com.example.policy', 'hello');
    await db.snippets.add(snippet(mirrorId, { title: 'Policy hello', source: 'pack:com.example.policy', usedCount: 4 }));
    const saved = await updateSnippet(db, mirrorId, edit, 9);
    expect(saved).toMatchObject({ title: 'Mine now', body: 'My words', source: 'personal', usedCount: 4 });
    expect(await db.snippets.get(mirrorId)).toBeUndefined();
    expect(await db.packForks.get(saved.id)).toMatchObject({ packId: 'com.example.policy', itemKey: 'snippets:hello', baseVersion: '1.2.0', baseHash: 'abcdef0123456789' });
  });
});
