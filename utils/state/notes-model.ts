import { signal } from '@preact/signals';
import type { Note } from '../db/schema';
import { request, RequestError } from '../protocol/client';

/** Notes of one conversation, read and written through the background. */
export function createNotesModel() {
  const notes = signal<Note[]>([], { name: 'notes.list' });
  const error = signal<string | undefined>(undefined, { name: 'notes.error' });
  /** The last save was refused because the browser's storage is full: the panel says so in the agent's language. */
  const storageFull = signal(false, { name: 'notes.storageFull' });
  let key = '';

  async function load(conversationKey = key): Promise<void> {
    key = conversationKey;
    try {
      const loaded = await request('notes.list', { conversationKey });
      if (conversationKey === key) notes.value = loaded;
      error.value = undefined;
    } catch (cause) {
      error.value = (cause as Error).message;
    }
  }

  async function add(text: string): Promise<boolean> {
    try {
      await request('notes.add', { conversationKey: key, text });
      error.value = undefined;
      storageFull.value = false;
      await load();
      return true;
    } catch (cause) {
      error.value = (cause as Error).message;
      storageFull.value = cause instanceof RequestError && cause.code === 'storage-full';
      return false;
    }
  }

  return { notes, error, storageFull, load, add };
}

export type NotesModel = ReturnType<typeof createNotesModel>;
