import { browser } from 'wxt/browser';
import { database, type UndertoneDb } from '@/utils/db/schema';
import {
  createSnippet,
  deleteSnippets,
  findByShortcut,
  listSnippets,
  readOnlySources,
  recordSnippetUse,
  restoreSnippets,
  retagSnippets,
  updateSnippet,
} from '@/utils/db/snippets';
import { describeSnippet, startOutcome } from '@/utils/db/outcomes';
import type { RequestServer } from '@/utils/protocol/server';
import { draftFromSelection } from '@/utils/snippets/from-selection';

const SAVE_SELECTION_MENU = 'undertone-save-selection';

export function registerSnippetHandlers(server: RequestServer, db: UndertoneDb): void {
  server.handle('snippets.list', () => listSnippets(db));
  server.handle('snippets.readOnlySources', async () => [...(await readOnlySources(db)).keys()]);
  server.handle('snippets.create', ({ draft }) => createSnippet(db, draft));
  server.handle('snippets.update', ({ id, draft }) => updateSnippet(db, id, draft));
  server.handle('snippets.delete', ({ ids }) => deleteSnippets(db, ids));
  server.handle('snippets.restore', ({ snippets }) => restoreSnippets(db, snippets));
  server.handle('snippets.retag', ({ ids, add, remove }) => retagSnippets(db, ids, add, remove));
  server.handle('snippets.byShortcut', async ({ shortcut }) =>
    (await findByShortcut(db, shortcut)).map(({ id, title, body, format, source }) => ({ id, title, body, ...(format ? { format } : {}), source })),
  );
  server.handle('snippets.used', async ({ id, conversation }) => {
    const now = Date.now();
    await recordSnippetUse(db, id, now);
    if (conversation) {
      const item = await describeSnippet(db, id);
      await startOutcome(db, { kind: 'snippet', ...item, conversationKey: conversation.conversationKey, insertedAt: now, temperatureBefore: conversation.temperature });
    }
  });
}

export function setupSnippets(server: RequestServer): void {
  registerSnippetHandlers(server, database());
  // Menus persist across service-worker restarts, so they are created once, on install or update.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: SAVE_SELECTION_MENU, title: 'Save selection as an Undertone snippet', contexts: ['selection'] });
  });
  // The new snippet opens in the options page, newest first, to be named and tagged; a refused selection leaves nothing behind.
  browser.contextMenus.onClicked.addListener(async (info) => {
    if (info.menuItemId !== SAVE_SELECTION_MENU || !info.selectionText) return;
    const result = draftFromSelection(info.selectionText);
    if ('draft' in result) await createSnippet(database(), result.draft).catch((error: Error) => console.warn('Undertone: selection not saved:', error.message));
    else console.warn('Undertone: selection not saved:', result.problem);
    await browser.runtime.openOptionsPage();
  });
}
