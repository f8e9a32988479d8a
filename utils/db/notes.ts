import type { Note, UndertoneDb } from './schema';

export function listNotes(db: UndertoneDb, conversationKey: string): Promise<Note[]> {
  return db.notes.where('conversationKey').equals(conversationKey).reverse().sortBy('updatedAt');
}

export async function addNote(db: UndertoneDb, conversationKey: string, text: string, now = Date.now()): Promise<Note> {
  const note: Note = { id: crypto.randomUUID(), conversationKey, text, createdAt: now, updatedAt: now };
  await db.notes.add(note);
  return note;
}

export function deleteNote(db: UndertoneDb, id: string): Promise<void> {
  return db.notes.delete(id);
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
