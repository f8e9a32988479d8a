import { signal } from '@preact/signals';
import type { Note } from '../db/schema';
import { request, RequestError } from '../protocol/client';

/** Why the last read or save failed; `storageFull` lets the panel say it in the agent's language. */
export interface NotesError {
  message: string;
  storageFull: boolean;
}

const notesError = (cause: unknown): NotesError => ({
  message: (cause as Error).message,
  storageFull: cause instanceof RequestError && cause.code === 'storage-full',
});

/** Notes of one conversation, read and written through the background. */
export function createNotesModel() {
  const notes = signal<Note[]>([], { name: 'notes.list' });
  const error = signal<NotesError | undefined>(undefined, { name: 'notes.error' });
  let key = '';

  async function load(conversationKey = key): Promise<void> {
    key = conversationKey;
    try {
      const loaded = await request('notes.list', { conversationKey });
      if (conversationKey === key) notes.value = loaded;
      error.value = undefined;
    } catch (cause) {
      error.value = notesError(cause);
    }
  }

  async function add(text: string): Promise<boolean> {
    try {
      await request('notes.add', { conversationKey: key, text });
      error.value = undefined;
      await load();
      return true;
    } catch (cause) {
      error.value = notesError(cause);
      return false;
    }
  }

  return { notes, error, load, add };
}

export type NotesModel = ReturnType<typeof createNotesModel>;
