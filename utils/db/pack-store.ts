import type { Snippet, SnippetFormat, UndertoneDb } from './schema';
import { diffPacks, type PackDiff } from '../packs/diff';
import { contentHash, itemsOf, type PackItemRef } from '../packs/items';
import type { PackSource, ShortcutConflict, StoredPackItem } from '../packs/records';
import type { Pack, PackSnippet } from '../packs/schema';
import { compareVersions } from '../packs/validate';

/**
 * Pack data in the database. Each write is one transaction: a pack is
 * replaced whole or not at all, forks are flagged in the same breath, and an
 * error anywhere leaves every table as it was.
 */

export type InstallOutcome = { changed: false } | { changed: true; diff: PackDiff; conflicts: ShortcutConflict[] };

const tablesOf = (db: UndertoneDb) => [db.packs, db.packItems, db.packForks, db.snippets];

/** The snippets table id of a pack snippet: derived, so every device and every update agree. */
export function mirroredSnippetId(packId: string, itemId: string): string {
  return `pack_${contentHash([packId, itemId])}`;
}

/** Installs a verified pack into `source` (which may be new). Throws a readable error and writes nothing when it may not. */
export async function installPack(db: UndertoneDb, source: PackSource, pack: Pack, sha256: string, now = Date.now()): Promise<InstallOutcome> {
  return db.transaction('rw', tablesOf(db), async () => {
    const owner = await db.packs.where('packId').equals(pack.id).first();
    if (owner && owner.key !== source.key) throw new Error(`the pack ${pack.id} is already installed from ${owner.url ?? 'a file'}; remove it first`);
    const current = (await db.packs.get(source.key)) ?? source;
    const before = current.pack;
    if (before && current.sha256 === sha256) {
      await db.packs.put({ ...current, ...sourceSettings(source), checkedAt: now, okAt: now, error: undefined });
      return { changed: false };
    }
    if (before && before.id !== pack.id) throw new Error(`this source used to serve ${before.id} and now serves ${pack.id}; remove it and subscribe again`);
    if (before && compareVersions(pack.version, before.version) <= 0) {
      throw new Error(`version ${pack.version} is not newer than the installed ${before.version}: a changed pack needs a higher version`);
    }
    if (before) await adoptEditedMirrors(db, before);
    const items = itemsOf(pack);
    await db.packItems.where('packId').equals(pack.id).delete();
    await db.packItems.bulkAdd(items.map(({ kind, key, hash, data }): StoredPackItem => ({ packId: pack.id, key, kind, hash, data })));
    await flagForks(db, pack, items);
    await mirrorSnippets(db, pack, now);
    const diff = diffPacks(before, pack);
    const record: PackSource = { ...current, ...sourceSettings(source), packId: pack.id, pack, sha256, checkedAt: now, okAt: now, updatedAt: now, error: undefined, lastDiff: diff };
    await db.packs.put(record);
    const conflicts = (await findShortcutConflicts(db)).filter((conflict) => conflict.owners.some((owner) => owner.source === `pack:${pack.id}`));
    await db.packs.update(source.key, { conflicts });
    return { changed: true, diff, conflicts };
  });
}

/** What the caller may change about a source (policy edits, interval); the rest is history. */
function sourceSettings({ origin, url, trust, locked, intervalHours }: PackSource) {
  return { origin, url, trust, locked, intervalHours };
}

/** Records a failed attempt; the last good copy stays untouched. */
export async function recordFailure(db: UndertoneDb, key: string, error: string, now = Date.now()): Promise<void> {
  await db.packs.update(key, { checkedAt: now, error });
}

/** Removes a source, its items and its mirrored snippets. Forks stay: they are the agent's own now. */
export async function removeSource(db: UndertoneDb, key: string): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    const source = await db.packs.get(key);
    if (!source) return;
    if (source.packId) {
      await db.packItems.where('packId').equals(source.packId).delete();
      await db.snippets.where('source').equals(`pack:${source.packId}`).delete();
      await db.packForks.where('packId').equals(source.packId).delete();
    }
    await db.packs.delete(key);
  });
}

/** Pack snippets appear in the snippets table (source `pack:<id>`) so search and shortcuts find them; usage counts survive updates; forked items are hidden behind their fork. */
async function mirrorSnippets(db: UndertoneDb, pack: Pack, now: number): Promise<void> {
  const source = `pack:${pack.id}`;
  const previous = new Map((await db.snippets.where('source').equals(source).toArray()).map((snippet) => [snippet.id, snippet]));
  const forked = new Set((await db.packForks.where('packId').equals(pack.id).toArray()).map((fork) => fork.itemKey));
  await db.snippets.where('source').equals(source).delete();
  const snippets = (pack.snippets ?? [])
    .filter((item) => !forked.has(`snippets:${item.id}`))
    .map((item): Snippet => {
      const id = mirroredSnippetId(pack.id, item.id);
      const old = previous.get(id);
      const fields = snippetFields(item);
      return {
        ...fields,
        id,
        source,
        createdAt: old?.createdAt ?? now,
        // The time its text last changed: a re-fetch of the same item (after a restore, say) keeps it.
        updatedAt: old && contentHash(mirrorFields(old)) === contentHash(fields) ? old.updatedAt : now,
        usedCount: old?.usedCount ?? 0,
        ...(old?.lastUsedAt === undefined ? {} : { lastUsedAt: old.lastUsedAt }),
      };
    });
  await db.snippets.bulkAdd(snippets);
}

/** The fields of a library snippet that a pack item sets, to compare the two. */
function mirrorFields({ title, body, format, tags, lang, states, shortcut }: Snippet) {
  return { title, body, ...(format === 'light' ? { format } : {}), tags, lang, states, ...(shortcut ? { shortcut } : {}) };
}

function snippetFields(item: PackSnippet) {
  return {
    title: item.title,
    body: item.body,
    ...(item.format === 'light' ? { format: item.format as SnippetFormat } : {}),
    tags: item.tags ?? [],
    lang: item.lang ?? 'any',
    states: item.states ?? [],
    ...(item.shortcut ? { shortcut: item.shortcut } : {}),
  };
}

/**
 * A pack snippet edited in the library (outside the fork flow) is the
 * agent's work: before the mirror is rebuilt it becomes a fork of the item it
 * started from, so the update flags it instead of overwriting it.
 */
async function adoptEditedMirrors(db: UndertoneDb, before: Pack): Promise<void> {
  const mirrors = new Map((await db.snippets.where('source').equals(`pack:${before.id}`).toArray()).map((snippet) => [snippet.id, snippet]));
  for (const item of before.snippets ?? []) {
    const mirrored = mirrors.get(mirroredSnippetId(before.id, item.id));
    if (!mirrored) continue;
    const edited = contentHash(mirrorFields(mirrored)) !== contentHash(snippetFields(item));
    if (!edited) continue;
    await db.snippets.update(mirrored.id, { source: 'personal' });
    // Same key and hash as itemsOf gives the item.
    await db.packForks.put({ snippetId: mirrored.id, packId: before.id, itemKey: `snippets:${item.id}`, baseVersion: before.version, baseHash: contentHash(item) });
  }
}

/** An upstream change never overwrites a fork: it marks it, and the agent chooses. */
async function flagForks(db: UndertoneDb, pack: Pack, items: PackItemRef[]): Promise<void> {
  const byKey = new Map(items.map((item) => [item.key, item]));
  for (const fork of await db.packForks.where('packId').equals(pack.id).toArray()) {
    const upstream = byKey.get(fork.itemKey);
    if (!upstream) await db.packForks.update(fork.snippetId, { upstream: { state: 'removed', version: pack.version } });
    else if (upstream.hash !== fork.baseHash) {
      await db.packForks.update(fork.snippetId, { upstream: { state: 'changed', version: pack.version, hash: upstream.hash, data: upstream.data } });
    } else await db.packForks.update(fork.snippetId, { upstream: undefined });
  }
}

/** Editing a pack snippet: refused for locked packs; otherwise a personal copy that remembers its base. Returns the new snippet's id. */
export async function forkPackSnippet(db: UndertoneDb, packId: string, itemId: string, edit: Partial<ReturnType<typeof snippetFields>>, now = Date.now()): Promise<string> {
  return db.transaction('rw', tablesOf(db), async () => {
    const source = await db.packs.where('packId').equals(packId).first();
    if (!source?.pack) throw new Error(`no installed pack ${packId}`);
    if (source.locked) throw new Error(`${source.pack.name} is locked by your administrator: its items are read-only`);
    const itemKey = `snippets:${itemId}`;
    const item = await db.packItems.get([packId, itemKey]);
    if (!item) throw new Error(`${source.pack.name} has no snippet ${itemId}`);
    const existing = await db.packForks.where('packId').equals(packId).filter((fork) => fork.itemKey === itemKey).first();
    if (existing) throw new Error('this item is already forked: edit your copy');
    const mirrored = await db.snippets.get(mirroredSnippetId(packId, itemId));
    const snippetId = crypto.randomUUID();
    await db.snippets.add({
      ...snippetFields(item.data as PackSnippet),
      ...edit,
      id: snippetId,
      source: 'personal',
      createdAt: now,
      updatedAt: now,
      usedCount: mirrored?.usedCount ?? 0,
    });
    await db.snippets.delete(mirroredSnippetId(packId, itemId));
    await db.packForks.add({ snippetId, packId, itemKey, baseVersion: source.pack.version, baseHash: item.hash });
    return snippetId;
  });
}

/** Keep mine: the fork now counts as based on upstream's latest. Take theirs: the fork's text becomes upstream's. */
export async function resolveFork(db: UndertoneDb, snippetId: string, choice: 'keep' | 'theirs', now = Date.now()): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    const fork = await db.packForks.get(snippetId);
    if (!fork?.upstream) throw new Error('this copy has no upstream change to resolve');
    const { upstream } = fork;
    if (upstream.state === 'removed') {
      // The pack dropped the item: either way the copy simply becomes personal.
      if (choice === 'theirs') await db.snippets.delete(snippetId);
      await db.packForks.delete(snippetId);
      return;
    }
    if (choice === 'theirs') await db.snippets.update(snippetId, { ...snippetFields(upstream.data as PackSnippet), updatedAt: now });
    await db.packForks.put({ ...fork, baseVersion: upstream.version, baseHash: upstream.hash!, upstream: undefined });
  });
}

const rank = (locked: boolean, personal: boolean) => (personal ? 1 : locked ? 0 : 2);

/** Shortcuts claimed by more than one source, owners ordered by precedence: locked pack, personal, unlocked pack. */
export async function findShortcutConflicts(db: UndertoneDb): Promise<ShortcutConflict[]> {
  const locked = new Set((await db.packs.toArray()).filter((source) => source.locked && source.packId).map((source) => `pack:${source.packId}`));
  const owners = new Map<string, ShortcutConflict['owners']>();
  for (const snippet of await db.snippets.where('shortcut').above('').toArray()) {
    const list = owners.get(snippet.shortcut!) ?? [];
    list.push({ source: snippet.source, label: snippet.title, locked: locked.has(snippet.source) });
    owners.set(snippet.shortcut!, list);
  }
  return [...owners]
    .filter(([, list]) => list.length > 1)
    .map(([shortcut, list]) => ({
      shortcut,
      owners: list.sort((a, b) => rank(a.locked, a.source === 'personal') - rank(b.locked, b.source === 'personal')),
    }));
}
