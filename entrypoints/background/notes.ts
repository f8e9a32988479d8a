import { database } from '@/utils/db/schema';
import { addNote, deleteNote, listNotes } from '@/utils/db/notes';
import type { RequestServer } from '@/utils/protocol/server';

export function setupNotes(server: RequestServer): void {
  server.handle('notes.list', ({ conversationKey }) => listNotes(database(), conversationKey));
  server.handle('notes.add', ({ conversationKey, text }) => addNote(database(), conversationKey, text));
  server.handle('notes.delete', ({ id }) => deleteNote(database(), id));
}
