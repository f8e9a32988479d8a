import * as v from 'valibot';
import type { InsertOutcome, Note, Snippet } from '../db/schema';
import { insertOutcomeSchema, noteSchema, snippetSchema } from '../snippets/schema';
import { describeIssues } from '../validation';
import { assertSafeJsonValue, BackupError, parseJson } from './json-guard';

/**
 * The backup file: one JSON document, versioned. `tables` holds every Dexie
 * table by name (the library's own ones checked field by field, other
 * features' tables such as pack subscriptions carried as opaque rows);
 * `storage` holds the extension-storage items that are the agent's (settings,
 * custom adapters…), also opaque. Bump BACKUP_VERSION when the shape changes
 * and keep reading the old one.
 */
export const BACKUP_FORMAT = 'undertone-backup';
export const BACKUP_VERSION = 1;

/**
 * Extension-storage items that are the agent's own and go into backups; the
 * `$` twins are WXT's version metadata, kept so migrations still know the
 * version. Machine-local state (dock widths, snapshots) stays out.
 */
export const BACKED_UP_KEYS = ['settings', 'settings$', 'customAdapters', 'customAdapters$', 'packSubscriptions', 'packSubscriptions$', 'expansionTrigger'];

export const LIBRARY_TABLES = ['snippets', 'notes', 'insertOutcomes'] as const;
export type LibraryTable = (typeof LIBRARY_TABLES)[number];

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  tables: { snippets: Snippet[]; notes: Note[]; insertOutcomes: InsertOutcome[] } & Record<string, Record<string, unknown>[]>;
  storage: Record<string, unknown>;
}

const LIMIT_ROWS = 200_000;
const rows = <T extends v.GenericSchema>(schema: T, what: string) =>
  v.pipe(v.array(schema, `${what} must be a list`), v.maxLength(LIMIT_ROWS, `more than ${LIMIT_ROWS.toLocaleString('en')} ${what}`));
const uniqueIds = <T extends { id: string }>(list: T[]) => new Set(list.map((row) => row.id)).size === list.length;

const fileSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  tables: v.objectWithRest(
    {
      snippets: v.pipe(rows(snippetSchema, 'snippets'), v.check((list) => uniqueIds(list), 'two snippets share an id')),
      notes: v.pipe(rows(noteSchema, 'notes'), v.check((list) => uniqueIds(list), 'two notes share an id')),
      insertOutcomes: v.optional(rows(insertOutcomeSchema, 'insert outcomes'), []),
    },
    rows(v.record(v.string(), v.unknown(), 'a row must be an object'), 'rows'),
  ),
  storage: v.record(v.picklist(BACKED_UP_KEYS, `a storage item must be one of ${BACKED_UP_KEYS.join(', ')}`), v.unknown()),
});

/**
 * Reads a backup file's text, or throws a BackupError that says what is wrong
 * and where. Nothing here touches storage: a rejected file writes nothing.
 */
export function parseBackup(text: string): Backup {
  const data = parseJson(text);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new BackupError('The file is not an Undertone backup (expected a JSON object)');
  const head = data as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) throw new BackupError(`The file is not an Undertone backup (format is ${JSON.stringify(head.format ?? null).slice(0, 60)})`);
  if (head.version !== BACKUP_VERSION) {
    throw new BackupError(`The backup is version ${JSON.stringify(head.version ?? null).slice(0, 20)}; this Undertone reads version ${BACKUP_VERSION}${typeof head.version === 'number' && head.version > BACKUP_VERSION ? ' (update Undertone to import it)' : ''}`);
  }
  // Prototype keys first, anywhere: valibot would report them as unknown keys, but this names them plainly.
  try {
    assertSafeJsonValue(data, '');
  } catch (error) {
    throw new BackupError(`The backup has a problem ${(error as Error).message}`);
  }
  const parsed = v.safeParse(fileSchema, data);
  if (!parsed.success) throw new BackupError(`The backup has a problem ${describeIssues(parsed.issues, 3)}`);
  return parsed.output as Backup;
}

export function serialiseBackup(backup: Backup): string {
  return JSON.stringify(backup, null, 1);
}
