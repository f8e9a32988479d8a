import { database, type UndertoneDb } from '@/utils/db/schema';
import {
  createSnippet,
  deleteSnippets,
  findByShortcut,
  listAllNotes,
  listSnippets,
  recordCustomerTemperature,
  recordSnippetUse,
  restoreSnippets,
  retagSnippets,
  startOutcome,
  updateNoteText,
  updateSnippet,
} from '@/utils/db/snippets';
import type { RequestServer } from '@/utils/protocol/server';

export function registerSnippetHandlers(server: RequestServer, db: UndertoneDb): void {
  server.handle('snippets.list', () => listSnippets(db));
  server.handle('snippets.create', ({ draft }) => createSnippet(db, draft));
  server.handle('snippets.update', ({ id, draft }) => updateSnippet(db, id, draft));
  server.handle('snippets.delete', ({ ids }) => deleteSnippets(db, ids));
  server.handle('snippets.restore', ({ snippets }) => restoreSnippets(db, snippets));
  server.handle('snippets.retag', ({ ids, add, remove }) => retagSnippets(db, ids, add, remove));
  server.handle('snippets.byShortcut', async ({ shortcut }) =>
    (await findByShortcut(db, shortcut)).map(({ id, title, body, source }) => ({ id, title, body, source })),
  );
  server.handle('snippets.used', async ({ id, conversation }) => {
    const now = Date.now();
    await recordSnippetUse(db, id, now);
    if (conversation) {
      await startOutcome(db, { kind: 'snippet', itemId: id, conversationKey: conversation.conversationKey, insertedAt: now, temperatureBefore: conversation.temperature });
    }
  });
  server.handle('outcomes.customerTemperature', ({ conversationKey, temperature, at }) => recordCustomerTemperature(db, conversationKey, temperature, at));
  server.handle('notes.all', () => listAllNotes(db));
  server.handle('notes.update', ({ id, text }) => updateNoteText(db, id, text));
}

export function setupSnippets(server: RequestServer): void {
  registerSnippetHandlers(server, database());
}
