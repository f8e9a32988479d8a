import { computed, signal } from '@preact/signals';
import type { Note } from '../db/schema';
import { request } from '../protocol/client';
import { fold } from '../snippets/text';

/** Every note, per conversation and free, for the options page: search, quick capture, edit, delete. */
export function createNotesLibraryModel() {
  const notes = signal<Note[]>([], { name: 'notesLibrary.notes' });
  const query = signal('', { name: 'notesLibrary.query' });
  const error = signal<string | undefined>(undefined, { name: 'notesLibrary.error' });

  const folded = computed(() => notes.value.map((note) => ({ note, text: fold(`${note.text}\n${note.conversationKey}`) })));
  /** Every word typed must appear in the note or its conversation key (Chinese needs no spaces: substrings match). */
  const visible = computed(() => {
    const terms = fold(query.value).split(/\s+/).filter(Boolean);
    return terms.length === 0 ? notes.value : folded.value.filter((n) => terms.every((t) => n.text.includes(t))).map((n) => n.note);
  });

  async function run(action: () => Promise<unknown>): Promise<boolean> {
    try {
      await action();
      error.value = undefined;
      notes.value = await request('notes.all', {});
      return true;
    } catch (cause) {
      error.value = (cause as Error).message;
      return false;
    }
  }

  return {
    notes,
    query,
    error,
    visible,
    load: () => run(async () => undefined),
    addFree: (text: string) => run(() => request('notes.add', { conversationKey: '', text })),
    update: (id: string, text: string) => run(() => request('notes.update', { id, text })),
    remove: (id: string) => run(() => request('notes.delete', { id })),
  };
}

export type NotesLibraryModel = ReturnType<typeof createNotesLibraryModel>;
