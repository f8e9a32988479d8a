import * as v from 'valibot';
import type { Snippet } from '../db/schema';
import { idSchema, LIMITS, plainText, shortcutSchema, snippetDraftSchema, snippetSchema, tagsSchema, temperatureSchema } from '../snippets/schema';
import { defineRequest } from './define';
import { formatCount } from '../validation';

const MAX_BATCH = 20_000;
const ids = v.pipe(v.array(idSchema, 'ids must be a list'), v.minLength(1, 'no snippet was chosen'), v.maxLength(MAX_BATCH, `at most ${formatCount(MAX_BATCH)} snippets at once`));
const conversationKey = plainText('the conversation key', LIMITS.conversationKey);

/** What a content script may learn about a snippet: enough to expand it, nothing else. */
export type ShortcutMatch = Pick<Snippet, 'id' | 'title' | 'body' | 'format' | 'source'>;

export const snippetRequests = {
  'snippets.list': defineRequest<Snippet[]>()(v.strictObject({})),
  /** Sources whose snippets are read-only (packs the administrator locked), for the page to offer no editing there. */
  'snippets.readOnlySources': defineRequest<string[]>()(v.strictObject({})),
  'snippets.create': defineRequest<Snippet>()(v.strictObject({ draft: snippetDraftSchema })),
  'snippets.update': defineRequest<Snippet>()(v.strictObject({ id: idSchema, draft: snippetDraftSchema })),
  /** Answers with what was deleted, for Undo. */
  'snippets.delete': defineRequest<Snippet[]>()(v.strictObject({ ids })),
  'snippets.restore': defineRequest<void>()(
    v.strictObject({ snippets: v.pipe(v.array(snippetSchema), v.minLength(1, 'nothing to restore'), v.maxLength(MAX_BATCH)) }),
  ),
  'snippets.retag': defineRequest<number>()(
    v.pipe(
      v.strictObject({ ids, add: v.optional(tagsSchema, []), remove: v.optional(tagsSchema, []) }),
      v.check((input) => input.add.length + input.remove.length > 0, 'name a tag to add or remove'),
    ),
  ),
  /** The composer's expansion asks this from the content script: read-only. */
  'snippets.byShortcut': defineRequest<ShortcutMatch[]>()(v.strictObject({ shortcut: shortcutSchema }), 'any-extension-context'),
  /** A snippet went into a reply; with a conversation and its temperature, its outcome is followed too. */
  'snippets.used': defineRequest<void>()(
    v.strictObject({
      id: idSchema,
      conversation: v.optional(v.strictObject({ conversationKey, temperature: temperatureSchema })),
    }),
  ),
};
