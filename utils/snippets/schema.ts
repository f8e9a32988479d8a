import * as v from 'valibot';
import type { SnippetDraft } from '../db/schema';
import { MAX_SHORTCUT_LENGTH, normaliseShortcut } from './shortcut';
import { formatCount } from '../validation';

/**
 * The rules every stored snippet and note obeys, whether it comes from the
 * options page, the sidebar or an imported file: the same schema checks all
 * three, so whatever Undertone exports it can import again.
 */

/** C0 controls but tab and line breaks, and DEL: never typed by a person, often a sign of a broken or hostile file. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}
/** Markup tags: snippet text is plain text, and a tag in it is a sign of a hostile or wrong file. */
const MARKUP = /<\s*\/?\s*[a-z][\w-]*(?:\s[^<>]*)?>/i;

/** A plain-text string: well-formed Unicode, no control characters but tab and line breaks, no markup tags. */
export function plainText(what: string, max: number) {
  return v.pipe(
    v.string(`${what} must be text`),
    v.check((s: string) => s.isWellFormed(), `${what} contains invalid Unicode (a lone surrogate)`),
    v.check((s: string) => !hasControlCharacter(s), `${what} contains a control character`),
    v.check((s: string) => !MARKUP.test(s), `${what} contains an HTML tag; snippets and notes are plain text`),
    v.maxLength(max, `${what} is longer than ${formatCount(max)} characters`),
  );
}

/** Plain text that must say something. */
export function filledText(what: string, max: number) {
  return v.pipe(plainText(what, max), v.check((s: string) => s.trim() !== '', `${what} is empty`));
}

export const LIMITS = { title: 200, body: 20_000, tag: 50, tags: 30, states: 20, note: 20_000, conversationKey: 512, id: 64 } as const;

export const idSchema = v.pipe(v.string('id must be text'), v.regex(/^[\w-]{1,64}$/, 'id must be 1–64 letters, digits, - or _'));
export const timeSchema = v.pipe(v.number('a time must be a number'), v.integer('a time must be whole milliseconds'), v.minValue(0, 'a time cannot be negative'));
export const langSchema = v.picklist(['en', 'zh-Hans', 'zh-Hant', 'any'], 'lang must be en, zh-Hans, zh-Hant or any');
/** Absent is plain, so a "*" in an older snippet never changes meaning. */
export const formatSchema = v.picklist(['plain', 'light'], 'format must be plain or light');
export const sourceSchema = v.pipe(v.string('source must be text'), v.regex(/^(personal|pack:[\w.-]{1,64})$/, 'source must be "personal" or "pack:<id>"'));

const tag = v.pipe(filledText('a tag', LIMITS.tag), v.trim());
export const tagsSchema = v.pipe(v.array(tag, 'tags must be a list'), v.maxLength(LIMITS.tags, `at most ${LIMITS.tags} tags`));
export const statesSchema = v.pipe(
  v.array(v.pipe(v.string(), v.regex(/^[a-z][a-z_-]{0,31}$/, 'a coaching state is a lower-case word such as anger or repeat_contact')), 'states must be a list'),
  v.maxLength(LIMITS.states, `at most ${LIMITS.states} coaching states`),
);
export const shortcutSchema = v.pipe(
  plainText('the shortcut', MAX_SHORTCUT_LENGTH),
  v.transform(normaliseShortcut),
  v.check((s) => !/\s/.test(s), 'the shortcut cannot contain spaces'),
);

/** What the agent edits; the rest (id, times, usage) the library keeps. */
export const snippetDraftSchema = v.strictObject({
  title: v.pipe(filledText('the title', LIMITS.title), v.trim()),
  body: filledText('the body', LIMITS.body),
  format: v.optional(formatSchema),
  tags: v.optional(tagsSchema, []),
  lang: v.optional(langSchema, 'any'),
  states: v.optional(statesSchema, []),
  shortcut: v.optional(shortcutSchema),
}) satisfies v.GenericSchema<unknown, SnippetDraft>;

/** A whole stored snippet, as backups carry it. */
export const snippetSchema = v.strictObject({
  id: idSchema,
  title: filledText('the title', LIMITS.title),
  body: filledText('the body', LIMITS.body),
  format: v.optional(formatSchema),
  tags: tagsSchema,
  lang: langSchema,
  states: statesSchema,
  shortcut: v.optional(shortcutSchema),
  source: sourceSchema,
  createdAt: timeSchema,
  updatedAt: timeSchema,
  usedCount: v.pipe(v.number(), v.integer('usedCount must be a whole number'), v.minValue(0)),
  lastUsedAt: v.optional(timeSchema),
});

/**
 * Notes are the agent's own jottings, shown only as text, and the sidebar
 * saves whatever is typed ("<angle> brackets" included): so a note is checked
 * for Unicode and size, not for markup, or a backup could not come back.
 */
export const noteTextSchema = v.pipe(
  v.string('the note must be text'),
  v.check((s: string) => s.isWellFormed(), 'the note contains invalid Unicode (a lone surrogate)'),
  v.maxLength(LIMITS.note, `the note is longer than ${formatCount(LIMITS.note)} characters`),
  v.check((s: string) => s.trim() !== '', 'the note is empty'),
);

export const noteSchema = v.strictObject({
  id: idSchema,
  conversationKey: plainText('the conversation key', LIMITS.conversationKey),
  text: noteTextSchema,
  createdAt: timeSchema,
  updatedAt: timeSchema,
});

/** The coaching engine's temperature: 0 calm … 1 heated. */
export const temperatureSchema = v.pipe(v.number('a temperature must be a number'), v.minValue(0, 'a temperature is 0 or more'), v.maxValue(1, 'a temperature is at most 1'));
export const insertOutcomeSchema = v.strictObject({
  id: idSchema,
  kind: v.picklist(['snippet', 'suggestion']),
  itemId: filledText('the item id', 128),
  conversationKey: plainText('the conversation key', LIMITS.conversationKey),
  insertedAt: timeSchema,
  temperatureBefore: temperatureSchema,
  temperaturesAfter: v.pipe(v.array(temperatureSchema), v.maxLength(2, 'at most two temperatures after')),
  packId: v.optional(v.pipe(v.string(), v.regex(/^[\w.-]{1,64}$/, 'not a pack id'))),
  packVersion: v.optional(plainText('the pack version', 60)),
  itemKey: v.optional(plainText('the item key', 80)),
  label: v.optional(plainText('the label', LIMITS.title)),
});
