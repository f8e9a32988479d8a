import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { UndertoneDb, type InsertOutcome, type Note, type Snippet } from '../db/schema';
import { parseBackup, serialiseBackup } from './format';
import { applyImport, exportLibrary, previewImport } from './library';
import { memoryStore } from './memory-store';
import { listSnapshots, restoreSnapshot, SNAPSHOTS_KEPT, takeSnapshot } from './snapshots';

/** A database with one more table, as the packs feature will add: backups carry it as opaque rows. */
class DbWithPacks extends UndertoneDb {
  constructor(name: string) {
    super(name);
    this.version(50).stores({ packSubscriptions: 'url' });
  }
}

const open: UndertoneDb[] = [];
function freshDb(): UndertoneDb {
  const db = new DbWithPacks(`backup-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

// Plain text as the library accepts it: any Unicode, line breaks, no markup tags or control characters.
const text = (max: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: max })
    .map((s) => [...s].map((c) => (c === '<' || c === '\u007f' || (c < ' ' && c !== '\n') ? ' ' : c)).join(''))
    .filter((s) => s.trim() !== '');
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const id = fc.uuid();

const snippetArb: fc.Arbitrary<Snippet> = fc.record(
  {
    id,
    title: text(40),
    body: fc.array(text(60), { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')),
    tags: fc.uniqueArray(text(12).map((t) => t.trim()), { maxLength: 4 }),
    lang: fc.constantFrom('en', 'zh-Hans', 'zh-Hant', 'any'),
    states: fc.uniqueArray(fc.constantFrom('anger', 'distress', 'confusion', 'urgency'), { maxLength: 3 }),
    shortcut: fc.stringMatching(/^[a-z0-9]{1,8}$/),
    source: fc.constantFrom('personal', 'pack:team-basics'),
    createdAt: time,
    updatedAt: time,
    usedCount: fc.nat(1000),
    lastUsedAt: time,
  },
  { requiredKeys: ['id', 'title', 'body', 'tags', 'lang', 'states', 'source', 'createdAt', 'updatedAt', 'usedCount'] },
);
// Notes keep anything typed, markup-looking text and control characters included.
const noteText = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).filter((s) => s.trim() !== '');
const noteArb: fc.Arbitrary<Note> = fc.record({ id, conversationKey: fc.constantFrom('', 'demo:c-1', 'zendesk:4021'), text: noteText, createdAt: time, updatedAt: time });
const outcomeArb: fc.Arbitrary<InsertOutcome> = fc.record({
  id,
  kind: fc.constantFrom('snippet', 'suggestion'),
  itemId: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
  conversationKey: fc.constantFrom('demo:c-1', 'qiyu:77'),
  insertedAt: time,
  temperatureBefore: fc.double({ min: 0, max: 1, noNaN: true }),
  temperaturesAfter: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 2 }),
});
const libraryArb = fc.record({
  snippets: fc.uniqueArray(snippetArb, { selector: (s) => s.id, maxLength: 12 }),
  notes: fc.uniqueArray(noteArb, { selector: (n) => n.id, maxLength: 8 }),
  insertOutcomes: fc.uniqueArray(outcomeArb, { selector: (o) => o.id, maxLength: 4 }),
  packSubscriptions: fc.uniqueArray(fc.record({ url: fc.webUrl(), locked: fc.boolean(), meta: fc.jsonValue({ maxDepth: 3 }) }), { selector: (p) => p.url, maxLength: 3 }),
  settings: fc.record({ uiLanguage: fc.constantFrom('auto', 'en', 'zh-Hans'), breather: fc.boolean(), hiddenSignals: fc.array(fc.constantFrom('anger', 'churn')) }),
});

type Library = typeof libraryArb extends fc.Arbitrary<infer L> ? L : never;

async function seed(db: UndertoneDb, library: Library) {
  await db.snippets.bulkAdd(library.snippets);
  await db.notes.bulkAdd(library.notes);
  await db.insertOutcomes.bulkAdd(library.insertOutcomes);
  await db.table('packSubscriptions').bulkAdd(library.packSubscriptions);
}

describe('backup round trip', () => {
  it('export → wipe → import → export gives identical content, for any library', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArb, async (library) => {
        const before = freshDb();
        await seed(before, library);
        const store = memoryStore({ settings: library.settings, settings$: { v: 1 }, dockLayouts: { 'x.test': { width: 300 } } });
        const first = serialiseBackup(await exportLibrary(before, store, 42));
        await before.delete();

        const after = freshDb();
        const emptyStore = memoryStore();
        await applyImport(after, emptyStore, parseBackup(first), 'replace');
        const second = serialiseBackup(await exportLibrary(after, emptyStore, 42));
        expect(second).toBe(first);
        expect(emptyStore.dump()).not.toHaveProperty('dockLayouts');
      }),
      { numRuns: 40 },
    );
  });
});

const snippet = (id: string, title: string, updatedAt: number): Snippet => ({
  id, title, body: 'Body', tags: [], lang: 'en', states: [], source: 'personal', createdAt: 1, updatedAt, usedCount: 0,
});

describe('import preview and modes', () => {
  async function setup() {
    const db = freshDb();
    await db.snippets.bulkAdd([snippet('a', 'Kept as is', 5), snippet('b', 'Newer here', 9), snippet('c', 'Older here', 1), snippet('d', 'Only here', 1)]);
    const store = memoryStore({ settings: { breather: true } });
    const incoming = await exportLibrary(db, store, 1);
    incoming.tables.snippets = [snippet('a', 'Kept as is', 5), snippet('b', 'Older in file', 3), snippet('c', 'Newer in file', 7), snippet('e', 'New from file', 2)];
    incoming.storage = { settings: { breather: false } };
    return { db, store, incoming: parseBackup(serialiseBackup(incoming)) };
  }

  it('merge keeps the newer copy of each snippet and adds new ones; the preview says so and writes nothing', async () => {
    const { db, store, incoming } = await setup();
    const preview = await previewImport(db, store, incoming, 'merge');
    expect(preview.tables.snippets).toMatchObject({ added: 1, updated: 1, unchanged: 1, keptLocal: 1, removed: 0, examples: { added: ['New from file'], updated: ['Newer in file'] } });
    expect(preview.storage).toEqual(['settings']);
    expect(await db.snippets.count()).toBe(4);

    await applyImport(db, store, incoming, 'merge');
    expect((await db.snippets.orderBy('id').toArray()).map((s) => s.title)).toEqual(['Kept as is', 'Newer here', 'Newer in file', 'Only here', 'New from file']);
    expect(store.dump().settings).toEqual({ breather: false });
  });

  it('replace makes the library exactly the file, listing what goes', async () => {
    const { db, store, incoming } = await setup();
    const preview = await applyImport(db, store, incoming, 'replace');
    expect(preview.tables.snippets).toMatchObject({ added: 1, updated: 2, unchanged: 1, removed: 1, examples: { removed: ['Only here'] } });
    expect((await db.snippets.orderBy('id').toArray()).map((s) => s.title)).toEqual(['Kept as is', 'Older in file', 'Newer in file', 'New from file']);
  });

  it('refuses a table this version does not have, writing nothing', async () => {
    const { db, store, incoming } = await setup();
    (incoming.tables as Record<string, unknown[]>).futureThings = [{ id: 'x' }];
    await expect(applyImport(db, store, incoming, 'replace')).rejects.toThrow('at tables.futureThings: this version of Undertone has no such data');
    expect(await db.snippets.count()).toBe(4);
    expect(store.dump().settings).toEqual({ breather: true });
  });

  it('rolls back every table when a write fails midway', async () => {
    const { db, store, incoming } = await setup();
    // A pack subscription without its primary key cannot be stored: the snippet writes before it must not stay.
    (incoming.tables as Record<string, unknown[]>).packSubscriptions = [{ locked: true }];
    await expect(applyImport(db, store, incoming, 'replace')).rejects.toThrow();
    expect((await db.snippets.orderBy('id').toArray()).map((s) => s.title)).toEqual(['Kept as is', 'Newer here', 'Older here', 'Only here']);
  });
});

describe('snapshots', () => {
  it('keeps the newest few and restores one exactly', async () => {
    const db = freshDb();
    const store = memoryStore();
    await db.snippets.add(snippet('a', 'First version', 1));
    const first = await takeSnapshot(db, store, 'manual', 1000);
    await db.snippets.put(snippet('a', 'Second version', 2));
    await db.snippets.add(snippet('b', 'Added later', 2));
    for (let i = 1; i < SNAPSHOTS_KEPT; i++) await takeSnapshot(db, store, 'daily', 1000 + i);
    expect((await listSnapshots(store)).map((s) => s.takenAt)).toEqual([1004, 1003, 1002, 1001, 1000]);

    await restoreSnapshot(db, store, first.id, 2000);
    expect((await db.snippets.toArray()).map((s) => s.title)).toEqual(['First version']);
    const kept = await listSnapshots(store);
    expect(kept).toHaveLength(SNAPSHOTS_KEPT);
    expect(kept[0]).toMatchObject({ takenAt: 2000, reason: 'before import', snippets: 2 });
    expect(Object.keys(store.dump()).filter((k) => k.startsWith('librarySnapshot:'))).toHaveLength(SNAPSHOTS_KEPT);
  });
});
