import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPair, signPack } from '../packs/signing';
import { UndertoneDb } from './schema';
import { importPack } from './pack-importer';
import { findShortcutConflicts, forkPackSnippet, mirroredSnippetId, removeSource, resolveFork } from './pack-store';

type RawPack = Record<string, unknown> & { version: string; snippets: Record<string, unknown>[]; changelog: unknown[] };
const example = (): RawPack => {
  const { signature: _signature, ...pack } = JSON.parse(readFileSync('packs/undertone-essentials-en.json', 'utf8')) as RawPack;
  return pack as RawPack;
};
const bytes = (pack: unknown) => new TextEncoder().encode(JSON.stringify(pack));
const PACK = 'dev.undertone.essentials-en';

let db: UndertoneDb;
beforeEach(async () => {
  db = new UndertoneDb(`packs-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function importOk(pack: unknown, options: Parameters<typeof importPack>[2] = {}) {
  const result = await importPack(db, bytes(pack), options);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result;
}

describe('installing packs', () => {
  it('keeps pack items apart and mirrors pack snippets into the library with their source', async () => {
    const result = await importOk(example());
    expect(result.changed && result.diff?.added.length).toBe(41);
    expect(await db.packItems.where('packId').equals(PACK).count()).toBe(41);
    const mirrored = await db.snippets.where('source').equals(`pack:${PACK}`).toArray();
    expect(mirrored.map((s) => s.id)).toContain(mirroredSnippetId(PACK, 'greeting'));
    expect(await db.snippets.where('source').equals('personal').count()).toBe(0);
  });

  it('mirrors a snippet’s simple formatting, keeps plain ones without the field, and a fork keeps the format it was edited to', async () => {
    const pack = example();
    pack.snippets[0] = { ...pack.snippets[0], body: '**Hello** and welcome', format: 'light' };
    await importOk(pack);
    const [first, second] = [pack.snippets[0]!.id as string, pack.snippets[1]!.id as string];
    expect(await db.snippets.get(mirroredSnippetId(PACK, first))).toMatchObject({ body: '**Hello** and welcome', format: 'light' });
    expect(await db.snippets.get(mirroredSnippetId(PACK, second))).not.toHaveProperty('format');
    const forkId = await forkPackSnippet(db, PACK, first, { format: 'plain' });
    expect(await db.snippets.get(forkId)).toMatchObject({ body: '**Hello** and welcome', format: 'plain' });
  });

  it('an update needs a higher version, reports a computed diff and keeps usage counts', async () => {
    const v1 = example();
    await importOk(v1);
    await db.snippets.update(mirroredSnippetId(PACK, 'closing'), { usedCount: 7 });
    const sameVersion = { ...v1, description: 'changed' };
    expect(await importPack(db, bytes(sameVersion))).toEqual({
      ok: false,
      errors: ['version 1.0.0 is not newer than the installed 1.0.0: a changed pack needs a higher version'],
    });
    const v2 = example();
    v2.version = '1.1.0';
    v2.changelog = [{ version: '1.1.0', changes: ['Warmer greeting'] }, ...v2.changelog];
    v2.snippets[0]!.body = 'Hello {{customer.name}}, good to hear from you.';
    v2.snippets.splice(1, 1);
    v2.snippets.push({ id: 'new-one', title: 'New', body: 'New body' });
    const result = await importOk(v2);
    expect(result.diff).toMatchObject({
      fromVersion: '1.0.0',
      toVersion: '1.1.0',
      added: [{ key: 'snippets:new-one', label: 'New' }],
      removed: [{ key: 'snippets:ask-order', label: 'Ask for the order number' }],
      changed: [{ key: 'snippets:greeting', label: 'Greeting' }],
      changelog: [{ version: '1.1.0', changes: ['Warmer greeting'] }],
    });
    expect((await db.snippets.get(mirroredSnippetId(PACK, 'closing')))?.usedCount).toBe(7);
    expect(await db.snippets.get(mirroredSnippetId(PACK, 'ask-order'))).toBeUndefined();
  });

  it('a mirrored snippet’s updatedAt is when its text last changed, not when the pack was last installed', async () => {
    await importOk(example(), { now: 1_000 });
    const v2 = example();
    v2.version = '1.1.0';
    v2.snippets[0]!.body = 'Hello {{customer.name}}, good to hear from you.';
    await importOk(v2, { now: 2_000 });
    expect((await db.snippets.get(mirroredSnippetId(PACK, 'greeting')))?.updatedAt).toBe(2_000);
    expect((await db.snippets.get(mirroredSnippetId(PACK, 'closing')))?.updatedAt).toBe(1_000);
  });

  it('refuses the same pack id from a second source', async () => {
    await importOk(example(), { source: { key: 'https://a.example/pack.json', origin: 'url', url: 'https://a.example/pack.json' } });
    const second = await importPack(db, bytes(example()));
    expect(second).toEqual({ ok: false, errors: [`the pack ${PACK} is already installed from https://a.example/pack.json; remove it first`] });
  });
});

describe('forks', () => {
  it('editing an unlocked pack snippet forks a personal copy; an upstream change flags it; keep mine or take theirs', async () => {
    await importOk(example());
    const forkId = await forkPackSnippet(db, PACK, 'greeting', { body: 'Hey there, {{customer.name}}!' });
    const fork = await db.snippets.get(forkId);
    expect(fork).toMatchObject({ source: 'personal', title: 'Greeting', body: 'Hey there, {{customer.name}}!', shortcut: ';hi' });
    expect(await db.snippets.get(mirroredSnippetId(PACK, 'greeting'))).toBeUndefined();

    const v2 = example();
    v2.version = '1.0.1';
    v2.snippets[0]!.body = 'Upstream greeting';
    await importOk(v2);
    expect(await db.snippets.get(forkId)).toMatchObject({ body: 'Hey there, {{customer.name}}!' });
    expect((await db.packForks.get(forkId))?.upstream).toMatchObject({ state: 'changed', version: '1.0.1', data: { body: 'Upstream greeting' } });
    expect(await db.snippets.get(mirroredSnippetId(PACK, 'greeting'))).toBeUndefined();

    await resolveFork(db, forkId, 'keep');
    expect(await db.snippets.get(forkId)).toMatchObject({ body: 'Hey there, {{customer.name}}!' });
    expect(await db.packForks.get(forkId)).toMatchObject({ baseVersion: '1.0.1', upstream: undefined });

    const v3 = example();
    v3.version = '1.0.2';
    v3.snippets[0]!.body = 'Third greeting';
    await importOk(v3);
    await resolveFork(db, forkId, 'theirs');
    expect(await db.snippets.get(forkId)).toMatchObject({ body: 'Third greeting', source: 'personal' });
    expect((await db.packForks.get(forkId))?.upstream).toBeUndefined();
  });

  it('locked packs are read-only, and must be signed', async () => {
    const policy = { key: 'https://policy.example/p.json', origin: 'policy', locked: true } as const;
    expect(await importPack(db, bytes(example()), { source: policy })).toEqual({ ok: false, errors: ['the pack is not signed: a pack your administrator delivers or locks must be signed'] });
    expect(await db.packs.count()).toBe(0);
    await importOk(await signPack(example(), (await generateKeyPair()).privateJwk), { source: policy });
    await expect(forkPackSnippet(db, PACK, 'greeting', { body: 'x' })).rejects.toThrow('is locked by your administrator: its items are read-only');
    expect(await db.packForks.count()).toBe(0);
  });

  it('removing a pack removes its items and mirrored snippets, never the forks', async () => {
    const result = await importOk(example());
    const forkId = await forkPackSnippet(db, PACK, 'closing', { title: 'My closing' });
    await removeSource(db, result.key);
    expect(await db.packItems.count()).toBe(0);
    expect(await db.snippets.where('source').equals(`pack:${PACK}`).count()).toBe(0);
    expect(await db.snippets.get(forkId)).toMatchObject({ title: 'My closing', source: 'personal' });
  });
});

describe('shortcut conflicts', () => {
  it('are found at import and ordered locked pack, personal, unlocked pack', async () => {
    const now = 1;
    await db.snippets.add({ id: 'mine', title: 'My hello', body: 'Yo', tags: [], lang: 'en', states: [], shortcut: ';hi', source: 'personal', createdAt: now, updatedAt: now, usedCount: 0 });
    const unlocked = await importOk(example());
    expect(unlocked.conflicts).toEqual([
      { shortcut: ';hi', owners: [{ source: 'personal', label: 'My hello', locked: false }, { source: `pack:${PACK}`, label: 'Greeting', locked: false }] },
    ]);
    const locked = example();
    locked.id = 'com.example.locked';
    locked.snippets = [{ id: 'hello', title: 'Team hello', body: 'Hello from the team', shortcut: ';HI' }];
    await importOk(await signPack(locked, (await generateKeyPair()).privateJwk), { source: { key: 'https://policy.example/l.json', origin: 'policy', locked: true } });
    const [conflict] = await findShortcutConflicts(db);
    expect(conflict?.owners.map((owner) => owner.source)).toEqual(['pack:com.example.locked', 'personal', `pack:${PACK}`]);
  });
});

describe('edits made in the library', () => {
  it('a pack snippet edited outside the fork flow becomes a flagged fork at the next update, never overwritten', async () => {
    await importOk(example());
    const id = mirroredSnippetId(PACK, 'closing');
    await db.snippets.update(id, { body: 'Bye for now!' });
    await db.snippets.update(mirroredSnippetId(PACK, 'greeting'), { usedCount: 3 });
    const v2 = example();
    v2.version = '2.0.0';
    v2.snippets = v2.snippets.map((s) => (s.id === 'closing' || s.id === 'greeting' ? { ...s, body: `${String(s.body)} (v2)` } : s));
    await importOk(v2);
    expect(await db.snippets.get(id)).toMatchObject({ body: 'Bye for now!', source: 'personal' });
    expect((await db.packForks.get(id))?.upstream).toMatchObject({ state: 'changed', version: '2.0.0' });
    // Usage alone is not an edit: the greeting simply follows the pack.
    expect(await db.snippets.get(mirroredSnippetId(PACK, 'greeting'))).toMatchObject({ source: `pack:${PACK}`, usedCount: 3 });
    expect(await db.packForks.count()).toBe(1);
  });
});
