import type { PackSnippet } from '../packs/schema';
import { forkPackSnippet, mirroredSnippetId } from './pack-store';
import type { Snippet, SnippetDraft, UndertoneDb } from './schema';

/** Plain is stored as no field at all, as every snippet from before formatting was. */
const lightOnly = (format: SnippetDraft['format']) => (format === 'light' ? { format } : {});

export function listSnippets(db: UndertoneDb): Promise<Snippet[]> {
  return db.snippets.orderBy('updatedAt').reverse().toArray();
}

/** A personal shortcut belongs to one personal snippet; pack snippets may share one (the picker then asks). */
async function assertShortcutFree(db: UndertoneDb, shortcut: string | undefined, exceptId?: string): Promise<void> {
  if (!shortcut) return;
  const taken = await db.snippets.where('shortcut').equals(shortcut).filter((s) => s.source === 'personal' && s.id !== exceptId).first();
  if (taken) throw new Error(`The shortcut "${shortcut}" is already used by "${taken.title}"`);
}

export async function createSnippet(db: UndertoneDb, draft: SnippetDraft, now = Date.now()): Promise<Snippet> {
  return db.transaction('rw', db.snippets, async () => {
    await assertShortcutFree(db, draft.shortcut);
    const { shortcut, format, ...rest } = draft;
    const snippet: Snippet = { id: crypto.randomUUID(), ...rest, ...lightOnly(format), ...(shortcut ? { shortcut } : {}), source: 'personal', createdAt: now, updatedAt: now, usedCount: 0 };
    await db.snippets.add(snippet);
    return snippet;
  });
}

/** The snippets' sources that are read-only: packs the administrator locked. */
export async function readOnlySources(db: UndertoneDb): Promise<Map<string, string>> {
  const locked = (await db.packs.toArray()).filter((source) => source.locked && source.packId);
  return new Map(locked.map((source) => [`pack:${source.packId}`, source.pack?.name ?? source.packId!]));
}

/** Throws, naming the pack, when any of these snippets belongs to a locked pack. */
async function assertWritable(db: UndertoneDb, snippets: Snippet[], verb: string): Promise<void> {
  const locked = await readOnlySources(db);
  const blocked = snippets.filter((snippet) => locked.has(snippet.source));
  if (blocked.length === 0) return;
  const pack = locked.get(blocked[0]!.source);
  const [who, are] = blocked.length === 1 ? [`“${blocked[0]!.title}” comes`, 'it cannot'] : [`${blocked.length} of the chosen snippets come`, 'they cannot'];
  throw new Error(`${who} from “${pack}”, which your administrator locked: ${are} be ${verb} (nothing was changed)`);
}

/** Tables a snippet edit may touch: an edit of an unlocked pack snippet forks it. */
const editTables = (db: UndertoneDb) => [db.snippets, db.packs, db.packItems, db.packForks];

/**
 * A personal snippet is edited in place. A pack snippet never is: a locked
 * pack refuses, an unlocked one gets a personal copy that remembers its base
 * (the pack's fork), so an update flags the edit rather than overwriting it.
 */
export async function updateSnippet(db: UndertoneDb, id: string, draft: SnippetDraft, now = Date.now()): Promise<Snippet> {
  return db.transaction('rw', editTables(db), async () => {
    const current = await db.snippets.get(id);
    if (!current) throw new Error('That snippet no longer exists');
    await assertWritable(db, [current], 'edited');
    await assertShortcutFree(db, draft.shortcut, id);
    if (current.source !== 'personal') return forkMirror(db, current, draft, now);
    const { shortcut: _old, format: _oldFormat, ...kept } = current;
    const { shortcut, format, ...rest } = draft;
    const next: Snippet = { ...kept, ...rest, ...lightOnly(format), ...(shortcut ? { shortcut } : {}), updatedAt: now };
    await db.snippets.put(next);
    return next;
  });
}

async function forkMirror(db: UndertoneDb, mirror: Snippet, draft: SnippetDraft, now: number): Promise<Snippet> {
  const packId = mirror.source.slice('pack:'.length);
  const items = await db.packItems.where('packId').equals(packId).filter((item) => item.kind === 'snippets').toArray();
  const item = items.find((candidate) => mirroredSnippetId(packId, (candidate.data as PackSnippet).id) === mirror.id);
  if (!item) throw new Error(`“${mirror.title}” is no longer in its pack; refresh the page`);
  const { shortcut, format, ...rest } = draft;
  const forkId = await forkPackSnippet(db, packId, (item.data as PackSnippet).id, { ...rest, format: format ?? 'plain', ...(shortcut ? { shortcut } : {}) }, now);
  return (await db.snippets.get(forkId))!;
}

/** Deletes and hands back what was deleted, so the page can offer Undo. */
export async function deleteSnippets(db: UndertoneDb, ids: string[]): Promise<Snippet[]> {
  return db.transaction('rw', [db.snippets, db.packs], async () => {
    const found = (await db.snippets.bulkGet(ids)).filter((s): s is Snippet => s !== undefined);
    await assertWritable(db, found, 'deleted');
    await db.snippets.bulkDelete(found.map((s) => s.id));
    return found;
  });
}

/** Undo of a delete: puts the snippets back exactly as they were. */
export async function restoreSnippets(db: UndertoneDb, snippets: Snippet[]): Promise<void> {
  await db.transaction('rw', [db.snippets, db.packs], async () => {
    await assertWritable(db, snippets, 'restored');
    await db.snippets.bulkPut(snippets);
  });
}

/** Adds and removes tags on many snippets in one transaction; returns how many changed. */
export async function retagSnippets(db: UndertoneDb, ids: string[], add: string[], remove: string[], now = Date.now()): Promise<number> {
  const removing = new Set(remove);
  return db.transaction('rw', [db.snippets, db.packs], async () => {
    const found = (await db.snippets.bulkGet(ids)).filter((s): s is Snippet => s !== undefined);
    await assertWritable(db, found, 'retagged');
    const changed = found.flatMap((snippet) => {
      const tags = [...new Set([...snippet.tags.filter((t) => !removing.has(t)), ...add])];
      const same = tags.length === snippet.tags.length && tags.every((t, i) => t === snippet.tags[i]);
      return same ? [] : [{ ...snippet, tags, updatedAt: now }];
    });
    await db.snippets.bulkPut(changed);
    return changed.length;
  });
}

/** Personal first, then packs; most used first among equals. */
export async function findByShortcut(db: UndertoneDb, shortcut: string): Promise<Snippet[]> {
  const found = await db.snippets.where('shortcut').equals(shortcut).toArray();
  return found.sort((a, b) => Number(b.source === 'personal') - Number(a.source === 'personal') || b.usedCount - a.usedCount);
}

export async function recordSnippetUse(db: UndertoneDb, id: string, now = Date.now()): Promise<void> {
  await db.snippets.where('id').equals(id).modify((snippet) => {
    snippet.usedCount += 1;
    snippet.lastUsedAt = now;
  });
}
