import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleAdapter } from '../adapters/schema';
import { UndertoneDb, type InsertOutcome, type Note, type Snippet } from '../db/schema';
import { importPack } from '../db/pack-importer';
import type { PackFork, PackSource } from '../packs/records';
import { forkPackSnippet, mirroredSnippetId } from '../db/pack-store';
import { parseBackup, serialiseBackup, type Backup } from './format';
import { canonicalJson } from './json-guard';
import { applyImport, eraseLibrary, exportLibrary, previewImport } from './library';
import { memoryStore } from './memory-store';
import { listSnapshots, restoreSnapshot, SNAPSHOTS_KEPT, takeSnapshot } from './snapshots';

const open: UndertoneDb[] = [];
function freshDb(): UndertoneDb {
  const db = new UndertoneDb(`backup-${crypto.randomUUID()}`);
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
    format: fc.constantFrom('plain', 'light'),
    tags: fc.uniqueArray(text(12).map((t) => t.trim()), { maxLength: 4 }),
    lang: fc.constantFrom('en', 'zh-Hans', 'zh-Hant', 'any'),
    states: fc.uniqueArray(fc.constantFrom('anger', 'distress', 'confusion', 'urgency'), { maxLength: 3 }),
    shortcut: fc.stringMatching(/^[a-z0-9]{1,8}$/),
    // 'pack' becomes the pack of a URL subscription in seed(), when there is one.
    source: fc.constantFrom('personal', 'pack'),
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
const hex = (length: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${length}}$`));
const urlSubscriptionArb = fc.record(
  {
    url: fc.webUrl({ validSchemes: ['https'] }),
    intervalHours: fc.integer({ min: 1, max: 168 }),
    sha256: hex(64),
    publicKey: fc.stringMatching(/^[A-Za-z0-9+/]{43}=$/).map((key) => `ed25519:${key}`),
    addedAt: time,
    fetched: fc.boolean(),
  },
  { requiredKeys: ['url', 'intervalHours', 'addedAt', 'fetched'] },
);
const adapterArb: fc.Arbitrary<ConsoleAdapter> = fc.record({
  id: fc.stringMatching(/^[a-z0-9-]{1,12}$/).map((id) => `my-${id}`),
  name: text(30).map((name) => name.trim()),
  matches: fc.constantFrom(['https://support.example.com/*'], ['https://*.desk.example.org/*', 'https://chat.example.net/*']),
  messageList: fc.constant('.log'),
  message: fc.constant('.log > .msg'),
  author: fc.constant({ attribute: 'data-from', customerValues: ['customer'] }),
  composer: fc.constant('textarea'),
});
const libraryArb = fc.record({
  snippets: fc.uniqueArray(snippetArb, { selector: (s) => s.id, maxLength: 12 }),
  notes: fc.uniqueArray(noteArb, { selector: (n) => n.id, maxLength: 8 }),
  insertOutcomes: fc.uniqueArray(outcomeArb, { selector: (o) => o.id, maxLength: 4 }),
  subscriptions: fc.uniqueArray(urlSubscriptionArb, { selector: (s) => s.url, maxLength: 3 }),
  /** Packs imported from a file: the example packs, with one item forked or not. */
  filePacks: fc.subarray(['packs/undertone-essentials-en.json', 'packs/undertone-essentials-zh-hans.json']),
  forkFileItem: fc.boolean(),
  /** Forks of URL packs, on the first few personal snippets. */
  forks: fc.array(fc.record({ baseVersion: fc.constantFrom('1.0.0', '2.3.1'), baseHash: hex(16), changed: fc.boolean() }), { maxLength: 3 }),
  adapters: fc.uniqueArray(adapterArb, { selector: (a) => a.id, maxLength: 3 }),
  settings: fc.record({ uiLanguage: fc.constantFrom('auto', 'en', 'zh-Hans'), breather: fc.boolean(), hiddenSignals: fc.array(fc.constantFrom('anger', 'churn')) }),
});

type Library = typeof libraryArb extends fc.Arbitrary<infer L> ? L : never;
const POLICY_PACK = 'com.example.policy';

async function seed(db: UndertoneDb, library: Library) {
  const urlSources: PackSource[] = library.subscriptions.map(({ url, intervalHours, sha256, publicKey, addedAt, fetched }, i) => ({
    key: url, origin: 'url', url, trust: { sha256, publicKey }, locked: false, intervalHours, addedAt, ...(fetched ? { packId: `com.example.p${i}` } : {}),
  }));
  // The administrator's pack and its snippets: never exported, never touched by an import.
  const policy: PackSource = { key: 'https://intranet.example.com/p.json', origin: 'policy', url: 'https://intranet.example.com/p.json', trust: {}, locked: true, intervalHours: 6, addedAt: 1, packId: POLICY_PACK };
  await db.packs.bulkAdd([...urlSources, policy]);
  const fetchedPack = urlSources.find((s) => s.packId)?.packId;
  const personal = library.snippets.filter((s) => s.source === 'personal' || !fetchedPack);
  await db.snippets.bulkAdd(library.snippets.map((s) => (s.source === 'personal' ? s : { ...s, source: fetchedPack ? `pack:${fetchedPack}` : 'personal' })));
  await db.snippets.add({ ...library.snippets[0]!, id: 'policy-mirror', source: `pack:${POLICY_PACK}`, shortcut: undefined } as Snippet).catch(() => undefined);
  const forks: PackFork[] = library.forks.slice(0, personal.length).map((fork, i) => ({
    snippetId: personal[i]!.id,
    packId: fetchedPack ?? POLICY_PACK,
    itemKey: `snippets:item-${i}`,
    baseVersion: fork.baseVersion,
    baseHash: fork.baseHash,
    ...(fork.changed ? { upstream: { state: 'changed' as const, version: '9.0.0', hash: 'ffffffffffffffff', data: { id: `item-${i}`, title: 'Upstream', body: 'New text' } } } : {}),
  }));
  await db.packForks.bulkAdd(forks);
  for (const file of library.filePacks) {
    const installed = await importPack(db, new Uint8Array(readFileSync(file)), { now: 7 });
    if (!installed.ok) throw new Error(installed.errors.join('; '));
    if (library.forkFileItem) await forkPackSnippet(db, installed.packId, 'greeting', { body: 'My own greeting.' }, 8);
  }
}

describe('backup round trip', () => {
  it('export → wipe → import → export gives identical content, for any library', async () => {
    await fc.assert(
      fc.asyncProperty(libraryArb, async (library) => {
        const before = freshDb();
        await seed(before, library);
        const store = memoryStore({ settings: library.settings, settings$: { v: 1 }, dockLayouts: { 'x.test': { width: 300 } }, customAdapters: library.adapters });
        const exported = await exportLibrary(before, store, 42);
        const first = serialiseBackup(exported);
        expect(exported.packSubscriptions).toHaveLength(library.subscriptions.length + library.filePacks.length);
        // Forks of the administrator's pack are the agent's and travel; the pack and its snippets do not.
        expect(exported.tables.snippets.map((s) => s.source)).not.toContain(`pack:${POLICY_PACK}`);
        expect(first).not.toContain('intranet.example.com');
        await before.delete();

        const after = freshDb();
        const emptyStore = memoryStore();
        await applyImport(after, emptyStore, parseBackup(first), 'replace');
        // Content, not key order: pack mirrors are built field by field by the pack store, imported rows come in schema order.
        const second = serialiseBackup(await exportLibrary(after, emptyStore, 42));
        expect(canonicalJson(JSON.parse(second))).toBe(canonicalJson(JSON.parse(first)));
        expect(emptyStore.dump()).not.toHaveProperty('dockLayouts');
        // Restored URL subscriptions wait for their fetch; file packs are installed with their items.
        expect((await after.packs.toArray()).filter((s) => s.origin === 'url').every((s) => !s.pack)).toBe(true);
        expect(await after.packItems.count()).toBe(library.filePacks.length * 41);
      }),
      { numRuns: 30 },
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

  it('stops at the first failing write and rolls every table back: nothing of the file stays', async () => {
    const { db, store, incoming } = await setup();
    incoming.packSubscriptions = [await fileSubscription()];
    incoming.tables.packForks = [{ snippetId: 'a', packId: EN_ID, itemKey: 'snippets:greeting', baseVersion: '1.0.0', baseHash: '0123456789abcdef' }];
    // The last write fails (a full disk, say), after the pack was installed and the forks written.
    vi.spyOn(db.table('notes'), 'bulkPut').mockImplementationOnce(() => Promise.reject(new Error('disk full')) as never);
    await expect(applyImport(db, store, incoming, 'replace')).rejects.toThrow('disk full');
    expect((await db.snippets.orderBy('id').toArray()).map((s) => s.title)).toEqual(['Kept as is', 'Newer here', 'Older here', 'Only here']);
    expect([await db.packs.count(), await db.packItems.count(), await db.packForks.count()]).toEqual([0, 0, 0]);
    expect(store.dump().settings).toEqual({ breather: true });
  });

  it('puts the database back when the settings cannot be written after it committed', async () => {
    const { db, store, incoming } = await setup();
    incoming.customAdapters = [adapter('my-desk')];
    const failing = { get: store.get, set: () => Promise.reject(new Error('quota exceeded')) };
    await expect(applyImport(db, failing, incoming, 'replace')).rejects.toThrow('Settings and adapters could not be saved (quota exceeded); nothing was imported');
    expect((await db.snippets.orderBy('id').toArray()).map((s) => s.title)).toEqual(['Kept as is', 'Newer here', 'Older here', 'Only here']);
  });
});

const EN_ID = 'dev.undertone.essentials-en';
const enPack = () => JSON.parse(readFileSync('packs/undertone-essentials-en.json', 'utf8')) as Record<string, unknown> & { version: string };
async function fileSubscription(pack = enPack()): Promise<Backup['packSubscriptions'][number]> {
  const db = freshDb();
  const installed = await importPack(db, new TextEncoder().encode(JSON.stringify(pack)), { now: 3 });
  if (!installed.ok) throw new Error(installed.errors.join('; '));
  return (await exportLibrary(db, memoryStore(), 1)).packSubscriptions[0]!;
}
const adapter = (id: string, name = id): ConsoleAdapter => ({ id, name, matches: ['https://desk.example.com/*'], messageList: '.log', message: '.msg', author: {}, composer: 'textarea' });
const urlSource = (url: string, patch: Partial<PackSource> = {}): PackSource => ({ key: url, origin: 'url', url, trust: {}, locked: false, intervalHours: 24, addedAt: 1, ...patch });

describe('pack subscriptions and custom adapters', () => {
  async function device() {
    const db = freshDb();
    await db.packs.bulkAdd([
      urlSource('https://packs.example.com/kept.json', { packId: 'com.example.kept' }),
      urlSource('https://packs.example.com/mine-only.json'),
      { ...urlSource('https://intranet.example.com/policy.json', { packId: 'com.example.policy' }), origin: 'policy', locked: true },
    ]);
    await db.snippets.add({ ...snippet('policy-1', 'From the administrator', 1), source: 'pack:com.example.policy' });
    const store = memoryStore({ customAdapters: [adapter('my-desk', 'Desk here'), adapter('my-old')] });
    return { db, store };
  }
  function file(): Backup {
    return {
      format: 'undertone-backup', version: 2, exportedAt: 1,
      tables: { snippets: [], notes: [], insertOutcomes: [], packForks: [], customers: [], customerMemories: [], conversationVisits: [], promises: [], wins: [] },
      packSubscriptions: [
        { origin: 'url', url: 'https://packs.example.com/kept.json', intervalHours: 24, addedAt: 1, packId: 'com.example.kept' },
        { origin: 'url', url: 'https://packs.example.com/new.json', intervalHours: 6, sha256: 'a'.repeat(64), addedAt: 5 },
        { origin: 'url', url: 'https://intranet.example.com/policy.json', intervalHours: 1, addedAt: 5 },
      ],
      customAdapters: [adapter('my-desk', 'Desk in file'), adapter('my-new')],
      storage: {},
    };
  }

  it('merge adds new subscriptions (to be fetched) and adapters, keeps the device’s copies, and never touches the administrator’s pack', async () => {
    const { db, store } = await device();
    const backup = parseBackup(serialiseBackup(file()));
    const preview = await previewImport(db, store, backup, 'merge');
    expect(preview.tables.packSubscriptions).toMatchObject({ added: 1, unchanged: 1, keptLocal: 0, removed: 0, examples: { added: ['https://packs.example.com/new.json'] } });
    expect(preview.tables.customAdapters).toMatchObject({ added: 1, keptLocal: 1, examples: { added: ['my-new'] } });
    expect(preview.warnings).toEqual(['https://intranet.example.com/policy.json was left out: your administrator already subscribes you to it']);
    expect(await db.packs.count()).toBe(3);

    await applyImport(db, store, backup, 'merge');
    expect(await db.packs.get('https://packs.example.com/new.json')).toEqual({
      key: 'https://packs.example.com/new.json', origin: 'url', url: 'https://packs.example.com/new.json', trust: { sha256: 'a'.repeat(64) }, locked: false, intervalHours: 6, addedAt: 5,
    });
    expect(await db.packs.get('https://intranet.example.com/policy.json')).toMatchObject({ origin: 'policy', locked: true, intervalHours: 24 });
    expect((store.dump().customAdapters as ConsoleAdapter[]).map((a) => a.name)).toEqual(['Desk here', 'my-old', 'my-new']);
  });

  it('replace makes the agent’s own subscriptions and adapters exactly the file’s; the administrator’s pack and its snippets stay', async () => {
    const { db, store } = await device();
    const preview = await applyImport(db, store, parseBackup(serialiseBackup(file())), 'replace');
    expect(preview.tables.packSubscriptions).toMatchObject({ added: 1, unchanged: 1, removed: 1, examples: { removed: ['https://packs.example.com/mine-only.json'] } });
    expect(preview.tables.customAdapters).toMatchObject({ added: 1, updated: 1, removed: 1 });
    expect((await db.packs.orderBy('key').primaryKeys()).sort()).toEqual([
      'https://intranet.example.com/policy.json', 'https://packs.example.com/kept.json', 'https://packs.example.com/new.json',
    ]);
    expect((await db.snippets.toArray()).map((s) => s.title)).toEqual(['From the administrator']);
    expect((store.dump().customAdapters as ConsoleAdapter[]).map((a) => a.name)).toEqual(['Desk in file', 'my-new']);
  });

  it('leaves the file’s subscriptions out when the administrator forbids agents’ own packs', async () => {
    const { db, store } = await device();
    const preview = await applyImport(db, store, parseBackup(serialiseBackup(file())), 'merge', { userPacksAllowed: false });
    expect(preview.warnings).toHaveLength(3);
    expect(preview.warnings[0]).toBe('https://packs.example.com/kept.json was left out: your administrator does not allow your own packs');
    expect(await db.packs.count()).toBe(3);
  });

  it('leaves out a pack the device already has from another source, importing the rest', async () => {
    const { db, store } = await device();
    await db.packs.add(urlSource('https://packs.example.com/en.json', { packId: EN_ID }));
    await db.packs.add({ ...urlSource('https://intranet.example.com/team.json', { packId: 'com.example.team' }), origin: 'policy' });
    const backup: Backup = { ...file(), packSubscriptions: [await fileSubscription(), { origin: 'url', url: 'https://packs.example.com/team.json', intervalHours: 6, addedAt: 1, packId: 'com.example.team' }] };
    const preview = await applyImport(db, store, parseBackup(serialiseBackup(backup)), 'merge');
    expect(preview.warnings).toEqual([
      'Undertone essentials (English) was left out: that pack is already installed from https://packs.example.com/en.json',
      'https://packs.example.com/team.json was left out: your administrator already provides that pack',
    ]);
    expect(preview.tables.customAdapters).toMatchObject({ added: 1 });
    expect(await db.packs.get(`file:${EN_ID}`)).toBeUndefined();
  });

  it('a file pack comes back installed; a merge takes a newer version of it and keeps an older one out', async () => {
    const db = freshDb();
    const store = memoryStore();
    const v1 = await fileSubscription();
    const backup = (subscription: Backup['packSubscriptions'][number]): Backup => ({ ...file(), packSubscriptions: [subscription], customAdapters: [] });
    await applyImport(db, store, parseBackup(serialiseBackup(backup(v1))), 'merge');
    expect(await db.packItems.where('packId').equals(EN_ID).count()).toBe(41);
    expect(await db.snippets.get(mirroredSnippetId(EN_ID, 'greeting'))).toMatchObject({ source: `pack:${EN_ID}` });

    const newer: ReturnType<typeof enPack> = { ...enPack(), version: '1.1.0', changelog: [{ version: '1.1.0', changes: ['Newer'] }] };
    delete newer.signature;
    const v2 = await fileSubscription(newer);
    expect((await applyImport(db, store, parseBackup(serialiseBackup(backup(v2))), 'merge')).tables.packSubscriptions).toMatchObject({ updated: 1 });
    expect((await db.packs.get(`file:${EN_ID}`))?.pack?.version).toBe('1.1.0');
    expect((await applyImport(db, store, parseBackup(serialiseBackup(backup(v1))), 'merge')).tables.packSubscriptions).toMatchObject({ keptLocal: 1 });
    expect((await db.packs.get(`file:${EN_ID}`))?.pack?.version).toBe('1.1.0');
  });

  it('erasing empties the agent’s library, own packs and adapters included, and keeps the administrator’s pack and the settings', async () => {
    const { db, store } = await device();
    await store.set({ settings: { breather: false } });
    await db.snippets.add(snippet('mine', 'Mine', 1));
    await eraseLibrary(db, store);
    expect((await db.packs.toArray()).map((s) => s.origin)).toEqual(['policy']);
    expect((await db.snippets.toArray()).map((s) => s.title)).toEqual(['From the administrator']);
    expect(store.dump()).toMatchObject({ customAdapters: [], settings: { breather: false } });
  });
});

describe('version 1 files', () => {
  it('still import: pack sources become subscriptions (policy ones dropped), items are left to their pack, adapters move out of storage', async () => {
    const v1 = {
      format: 'undertone-backup', version: 1, exportedAt: 1,
      tables: {
        snippets: [snippet('mine', 'Mine', 1), { ...snippet('m1', 'Team reply', 1), source: 'pack:com.example.team' }, { ...snippet('m2', 'Policy reply', 1), source: 'pack:com.example.policy' }],
        notes: [],
        insertOutcomes: [],
        packs: [
          { ...urlSource('https://packs.example.com/team.json', { packId: 'com.example.team', trust: { publicKey: `ed25519:${'A'.repeat(43)}=` } }), etag: '"x"', checkedAt: 9, pack: { junk: true } },
          { ...urlSource('https://intranet.example.com/p.json', { packId: 'com.example.policy' }), origin: 'policy', locked: true },
        ],
        packItems: [{ packId: 'com.example.team', key: 'snippets:a', kind: 'snippets', hash: '0', data: {} }],
        packForks: [{ snippetId: 'mine', packId: 'com.example.team', itemKey: 'snippets:a', baseVersion: '1.0.0', baseHash: '0123456789abcdef' }],
      },
      storage: { settings: { breather: false }, customAdapters: [adapter('my-desk')], packSubscriptions: [] },
    };
    const backup = parseBackup(JSON.stringify(v1));
    expect(backup.version).toBe(2);
    expect(backup.packSubscriptions).toEqual([
      { origin: 'url', url: 'https://packs.example.com/team.json', intervalHours: 24, publicKey: `ed25519:${'A'.repeat(43)}=`, addedAt: 1, packId: 'com.example.team' },
    ]);
    expect(backup.tables.snippets.map((s) => s.id)).toEqual(['mine', 'm1']);
    expect(backup.customAdapters.map((a) => a.id)).toEqual(['my-desk']);
    expect(backup.storage).toEqual({ settings: { breather: false } });

    const db = freshDb();
    const store = memoryStore();
    await applyImport(db, store, backup, 'replace');
    expect(await db.packForks.count()).toBe(1);
    expect(store.dump()).toMatchObject({ settings: { breather: false }, customAdapters: [adapter('my-desk')] });
  });

  it('still refuses what version 1 refused: a table it does not know', () => {
    const v1 = { format: 'undertone-backup', version: 1, exportedAt: 1, tables: { snippets: [], notes: [], futureThings: [{ id: 'x' }] }, storage: {} };
    expect(() => parseBackup(JSON.stringify(v1))).toThrow('at tables.futureThings: this version of Undertone has no such data');
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

    await restoreSnapshot(db, store, first.id, { now: 2000 });
    expect((await db.snippets.toArray()).map((s) => s.title)).toEqual(['First version']);
    const kept = await listSnapshots(store);
    expect(kept).toHaveLength(SNAPSHOTS_KEPT);
    expect(kept[0]).toMatchObject({ takenAt: 2000, reason: 'before import', snippets: 2 });
    expect(Object.keys(store.dump()).filter((k) => k.startsWith('librarySnapshot:'))).toHaveLength(SNAPSHOTS_KEPT);
  });
});
