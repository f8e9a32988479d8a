import * as v from 'valibot';
import { customAdaptersSchema, type ConsoleAdapter } from '../adapters/schema';
import type { Customer, InsertOutcome, KeptPromise, Memory, Note, Snippet, Visit, Win } from '../db/schema';
import { customerSchema, memorySchema, promiseSchema, visitSchema, winSchema } from '../people/records';
import type { PackFork } from '../packs/records';
import { insertOutcomeSchema, noteSchema, snippetSchema } from '../snippets/schema';
import { describeIssues, formatCount } from '../validation';
import { assertSafeJsonValue, BackupError, parseJson } from './json-guard';
import { forkSchema, subscriptionKey, subscriptionPackId, subscriptionSchema, type BackedUpSubscription } from './subscriptions';
import { upgradeFromVersion1 } from './upgrade-v1';

/**
 * The backup file: one JSON document, versioned, every part checked field by
 * field with the schema that guards it everywhere else (snippets, notes,
 * pack subscriptions, console adapters). Bump BACKUP_VERSION when the shape
 * changes and keep reading the old ones (upgrade-v1.ts). A part this version
 * does not know is refused, never skipped: an import that silently dropped
 * data would not be the lossless round trip it claims to be.
 *
 * Version 2 (2026-12-01): pack subscriptions and forks, custom console
 * adapters; pack items are no longer carried (they come back with their pack).
 * 2026-12-03: customer memory, promises and wins join the tables; optional,
 * so a version-2 file without them still reads.
 */
export const BACKUP_FORMAT = 'undertone-backup';
export const BACKUP_VERSION = 2;

/**
 * Extension-storage items that are the agent's own and go into backups; the
 * `$` twin is WXT's version metadata, kept so migrations still know the
 * version. Machine-local state (dock widths, snapshots) stays out.
 */
export const BACKED_UP_KEYS = ['settings', 'settings$', 'expansionTrigger', 'outcomeRetentionDays', 'teamInsightSummaries'];
/** Customer memory, promises and wins (optional in a file: older backups have none). */
export const PEOPLE_TABLES = ['customers', 'customerMemories', 'conversationVisits', 'promises', 'wins'] as const;
/** Where custom adapters live in extension storage (utils/adapters/custom.ts). */
export const CUSTOM_ADAPTERS_KEY = 'customAdapters';

export const LIBRARY_TABLES = ['snippets', 'notes', 'insertOutcomes', 'packForks', ...PEOPLE_TABLES] as const;
export type LibraryTable = (typeof LIBRARY_TABLES)[number];

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  tables: {
    snippets: Snippet[];
    notes: Note[];
    insertOutcomes: InsertOutcome[];
    packForks: PackFork[];
    customers: Customer[];
    customerMemories: Memory[];
    conversationVisits: Visit[];
    promises: KeptPromise[];
    wins: Win[];
  };
  packSubscriptions: BackedUpSubscription[];
  customAdapters: ConsoleAdapter[];
  storage: Record<string, unknown>;
}

const LIMIT_ROWS = 200_000;
const rows = <T extends v.GenericSchema>(schema: T, what: string) =>
  v.pipe(v.array(schema, `${what} must be a list`), v.maxLength(LIMIT_ROWS, `more than ${formatCount(LIMIT_ROWS)} ${what}`));
const uniqueBy = <T>(list: T[], key: (row: T) => unknown) => new Set(list.map(key)).size === list.length;

const unknownPart: v.ErrorMessage<v.StrictObjectIssue> = (issue) =>
  issue.expected === 'never' ? 'this version of Undertone has no such data (is the backup from a newer version?)' : `must be an object, not ${issue.received}`;

const fileSchema = v.strictObject(
  {
    format: v.literal(BACKUP_FORMAT),
    version: v.literal(BACKUP_VERSION),
    exportedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
    tables: v.strictObject(
      {
        snippets: v.pipe(rows(snippetSchema, 'snippets'), v.check((list) => uniqueBy(list, (s) => s.id), 'two snippets share an id')),
        notes: v.pipe(rows(noteSchema, 'notes'), v.check((list) => uniqueBy(list, (n) => n.id), 'two notes share an id')),
        insertOutcomes: v.optional(rows(insertOutcomeSchema, 'insert outcomes'), []),
        packForks: v.optional(v.pipe(rows(forkSchema, 'pack forks'), v.check((list) => uniqueBy(list, (f) => f.snippetId), 'two forks share a snippet')), []),
        customers: v.optional(v.pipe(rows(customerSchema, 'customers'), v.check((list) => uniqueBy(list, (c) => c.key), 'two customers share a key')), []),
        customerMemories: v.optional(v.pipe(rows(memorySchema, 'remembered things'), v.check((list) => uniqueBy(list, (m) => m.id), 'two remembered things share an id')), []),
        conversationVisits: v.optional(
          v.pipe(rows(visitSchema, 'conversation records'), v.check((list) => uniqueBy(list, (c) => c.conversationKey), 'two conversation records share a key')),
          [],
        ),
        promises: v.optional(v.pipe(rows(promiseSchema, 'promises'), v.check((list) => uniqueBy(list, (p) => p.id), 'two promises share an id')), []),
        wins: v.optional(v.pipe(rows(winSchema, 'thanks'), v.check((list) => uniqueBy(list, (w) => w.id), 'two thanks share an id')), []),
      },
      unknownPart,
    ),
    packSubscriptions: v.optional(
      v.pipe(
        v.array(subscriptionSchema, 'packSubscriptions must be a list'),
        v.maxLength(200, 'more than 200 pack subscriptions'),
        v.check((list) => uniqueBy(list, subscriptionKey), 'two pack subscriptions have the same address or pack'),
      ),
      [],
    ),
    customAdapters: v.optional(v.pipe(customAdaptersSchema, v.check((list) => uniqueBy(list, (a) => a.id), 'two custom adapters share an id')), []),
    storage: v.record(v.picklist(BACKED_UP_KEYS, `a storage item must be one of ${BACKED_UP_KEYS.join(', ')}`), v.unknown()),
  },
  unknownPart,
);

/** Rules across parts: what refers to something must find it in the same file. */
function crossPartProblem(backup: Backup, builtInAdapterIds: ReadonlySet<string>): string | undefined {
  const clash = backup.customAdapters.findIndex((adapter) => builtInAdapterIds.has(adapter.id));
  if (clash >= 0) return `at customAdapters[${clash}].id: "${backup.customAdapters[clash]!.id}" belongs to a built-in adapter`;
  const packIds = backup.packSubscriptions.map(subscriptionPackId).filter((id): id is string => id !== undefined);
  if (!uniqueBy(packIds, (id) => id)) return 'at packSubscriptions: two subscriptions serve the same pack';
  const subscribed = new Set(packIds.map((id) => `pack:${id}`));
  const orphan = backup.tables.snippets.findIndex((s) => s.source !== 'personal' && !subscribed.has(s.source));
  if (orphan >= 0) return `at tables.snippets[${orphan}].source: ${backup.tables.snippets[orphan]!.source} is not among the backup's pack subscriptions`;
  const personal = new Set(backup.tables.snippets.filter((s) => s.source === 'personal').map((s) => s.id));
  const lost = backup.tables.packForks.findIndex((fork) => !personal.has(fork.snippetId));
  if (lost >= 0) return `at tables.packForks[${lost}].snippetId: no personal snippet ${backup.tables.packForks[lost]!.snippetId} in the backup`;
  return undefined;
}

/**
 * Reads a backup file's text, or throws a BackupError that says what is wrong
 * and where. Nothing here touches storage: a rejected file writes nothing.
 * Custom adapters may not take a built-in adapter's id; the caller names them
 * (the built-in list is collected at build time, which Node scripts lack).
 */
export function parseBackup(text: string, builtInAdapterIds: ReadonlySet<string> = new Set()): Backup {
  const data = parseJson(text);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new BackupError('The file is not an Undertone backup (expected a JSON object)');
  const head = data as Record<string, unknown>;
  if (head.format !== BACKUP_FORMAT) throw new BackupError(`The file is not an Undertone backup (format is ${JSON.stringify(head.format ?? null).slice(0, 60)})`);
  if (head.version !== 1 && head.version !== BACKUP_VERSION) {
    const newer = typeof head.version === 'number' && head.version > BACKUP_VERSION;
    throw new BackupError(`The backup is version ${JSON.stringify(head.version ?? null).slice(0, 20)}; this Undertone reads versions 1 to ${BACKUP_VERSION}${newer ? ' (update Undertone to import it)' : ''}`);
  }
  // Prototype keys first, anywhere: valibot would report them as unknown keys, but this names them plainly.
  try {
    assertSafeJsonValue(data, '');
  } catch (error) {
    throw new BackupError(`The backup has a problem ${(error as Error).message}`);
  }
  const parsed = v.safeParse(fileSchema, head.version === 1 ? upgradeFromVersion1(head) : head);
  if (!parsed.success) throw new BackupError(`The backup has a problem ${describeIssues(parsed.issues, 3)}`);
  const backup = parsed.output as Backup;
  const problem = crossPartProblem(backup, builtInAdapterIds);
  if (problem) throw new BackupError(`The backup has a problem ${problem}`);
  return backup;
}

export function serialiseBackup(backup: Backup): string {
  return JSON.stringify(backup, null, 1);
}
