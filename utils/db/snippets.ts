import type { SnippetDraft } from '../snippets/schema';
import type { InsertOutcome, Note, Snippet, UndertoneDb } from './schema';

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
    const { shortcut, ...rest } = draft;
    const snippet: Snippet = { id: crypto.randomUUID(), ...rest, ...(shortcut ? { shortcut } : {}), source: 'personal', createdAt: now, updatedAt: now, usedCount: 0 };
    await db.snippets.add(snippet);
    return snippet;
  });
}

export async function updateSnippet(db: UndertoneDb, id: string, draft: SnippetDraft, now = Date.now()): Promise<Snippet> {
  return db.transaction('rw', db.snippets, async () => {
    const current = await db.snippets.get(id);
    if (!current) throw new Error('That snippet no longer exists');
    await assertShortcutFree(db, draft.shortcut, id);
    const { shortcut: _old, ...kept } = current;
    const { shortcut, ...rest } = draft;
    const next: Snippet = { ...kept, ...rest, ...(shortcut ? { shortcut } : {}), updatedAt: now };
    await db.snippets.put(next);
    return next;
  });
}

/** Deletes and hands back what was deleted, so the page can offer Undo. */
export async function deleteSnippets(db: UndertoneDb, ids: string[]): Promise<Snippet[]> {
  return db.transaction('rw', db.snippets, async () => {
    const found = (await db.snippets.bulkGet(ids)).filter((s): s is Snippet => s !== undefined);
    await db.snippets.bulkDelete(found.map((s) => s.id));
    return found;
  });
}

/** Undo of a delete: puts the snippets back exactly as they were. */
export async function restoreSnippets(db: UndertoneDb, snippets: Snippet[]): Promise<void> {
  await db.snippets.bulkPut(snippets);
}

/** Adds and removes tags on many snippets in one transaction; returns how many changed. */
export async function retagSnippets(db: UndertoneDb, ids: string[], add: string[], remove: string[], now = Date.now()): Promise<number> {
  const removing = new Set(remove);
  return db.transaction('rw', db.snippets, async () => {
    const found = (await db.snippets.bulkGet(ids)).filter((s): s is Snippet => s !== undefined);
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

/** Starts following what the customer does after an insertion (see InsertOutcome). */
export async function startOutcome(db: UndertoneDb, start: Omit<InsertOutcome, 'id' | 'temperaturesAfter'>): Promise<InsertOutcome> {
  const outcome: InsertOutcome = { id: crypto.randomUUID(), ...start, temperaturesAfter: [] };
  await db.insertOutcomes.add(outcome);
  return outcome;
}

/** A customer message arrived: every open outcome of that conversation, inserted before it, gets its temperature. */
export async function recordCustomerTemperature(db: UndertoneDb, conversationKey: string, temperature: number, at: number): Promise<number> {
  return db.insertOutcomes
    .where('conversationKey')
    .equals(conversationKey)
    .filter((o) => o.temperaturesAfter.length < 2 && o.insertedAt <= at)
    .modify((o) => {
      o.temperaturesAfter.push(temperature);
    });
}

export function listAllNotes(db: UndertoneDb): Promise<Note[]> {
  return db.notes.orderBy('updatedAt').reverse().toArray();
}

export async function updateNoteText(db: UndertoneDb, id: string, text: string, now = Date.now()): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(id);
    if (!note) throw new Error('That note no longer exists');
    const next = { ...note, text, updatedAt: now };
    await db.notes.put(next);
    return next;
  });
}
