import { database, type UndertoneDb } from '@/utils/db/schema';
import { addNote, deleteNote, listAllNotes, listNotes, updateNoteText } from '@/utils/db/notes';
import type { RequestServer } from '@/utils/protocol/server';

export function registerNoteHandlers(server: RequestServer, db: UndertoneDb): void {
  server.handle('notes.list', ({ conversationKey }) => listNotes(db, conversationKey));
  server.handle('notes.add', ({ conversationKey, text }) => addNote(db, conversationKey, text));
  server.handle('notes.delete', ({ id }) => deleteNote(db, id));
  server.handle('notes.all', () => listAllNotes(db));
  server.handle('notes.update', ({ id, text }) => updateNoteText(db, id, text));
}

export const setupNotes = (server: RequestServer): void => registerNoteHandlers(server, database());
