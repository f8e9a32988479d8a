import * as v from 'valibot';
import type { Note } from '../db/schema';
import { idSchema, noteTextSchema } from '../snippets/schema';
import { defineRequest } from './define';

const conversationKey = v.pipe(v.string(), v.maxLength(512, 'conversationKey is longer than 512 characters'));
const id = v.pipe(v.string(), v.minLength(1, 'id is empty'), v.maxLength(64, 'id is longer than 64 characters'));

export const noteRequests = {
  'notes.list': defineRequest<Note[]>()(v.strictObject({ conversationKey }), 'extension-pages'),
  'notes.add': defineRequest<Note>()(
    v.strictObject({
      conversationKey,
      text: v.pipe(v.string(), v.trim(), v.minLength(1, 'the note is empty'), v.maxLength(20_000, 'the note is longer than 20,000 characters')),
    }),
  ),
  'notes.delete': defineRequest<void>()(v.strictObject({ id })),
  'notes.all': defineRequest<Note[]>()(v.strictObject({})),
  'notes.update': defineRequest<Note>()(v.strictObject({ id: idSchema, text: v.pipe(noteTextSchema, v.trim()) })),
};
