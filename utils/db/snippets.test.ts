import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UndertoneDb, type Snippet } from './schema';
import { findByShortcut, recordCustomerTemperature, retagSnippets, startOutcome } from './snippets';

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

  it('follows the next two customer messages after an insertion, and no more', async () => {
    const outcome = await startOutcome(db, { kind: 'snippet', itemId: 'a', conversationKey: 'demo:c-1', insertedAt: 100, temperatureBefore: 0.9 });
    expect(await recordCustomerTemperature(db, 'demo:c-1', 0.95, 50)).toBe(0); // a message from before the insertion
    expect(await recordCustomerTemperature(db, 'demo:c-2', 0.1, 150)).toBe(0); // another conversation
    await recordCustomerTemperature(db, 'demo:c-1', 0.6, 200);
    await recordCustomerTemperature(db, 'demo:c-1', 0.3, 300);
    expect(await recordCustomerTemperature(db, 'demo:c-1', 0.1, 400)).toBe(0);
    expect((await db.insertOutcomes.get(outcome.id))!.temperaturesAfter).toEqual([0.6, 0.3]);
  });
});
