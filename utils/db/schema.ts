import Dexie, { type EntityTable, type Table } from 'dexie';
import type { PackFork, PackSource, StoredPackItem } from '../packs/records';

/** A note the agent keeps, about one conversation or free-standing. */
export interface Note {
  id: string;
  /** `${consoleId}:${conversationId}`, or '' for a free note. */
  conversationKey: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

export type SnippetLanguage = 'en' | 'zh-Hans' | 'zh-Hant' | 'any';
/** 'light': the body's **bold**, *italic*, [links](https://…) and "- " bullets are formatting (utils/snippets/rich-text.ts). Absent means plain. */
export type SnippetFormat = 'plain' | 'light';

/** A reusable reply. `source` is 'personal' or `pack:<packId>`. */
export interface Snippet {
  id: string;
  title: string;
  body: string;
  format?: SnippetFormat;
  tags: string[];
  lang: SnippetLanguage;
  /** Coaching states the snippet helps with, so the engine can suggest it. */
  states: string[];
  shortcut?: string;
  source: string;
  createdAt: number;
  updatedAt: number;
  usedCount: number;
  lastUsedAt?: number;
}

/** A snippet as the agent writes it: the database adds the id, the source, the times and the count. */
export type SnippetDraft = Pick<Snippet, 'title' | 'body' | 'format' | 'tags' | 'lang' | 'states' | 'shortcut'>;

/**
 * What happened after a snippet or suggestion went into a reply: the
 * customer's temperature before it and over the next two customer messages,
 * for the local "what calmed customers" view. Never leaves the device.
 */
export interface InsertOutcome {
  id: string;
  kind: 'snippet' | 'suggestion';
  /** The snippet's id, or the suggestion's key. */
  itemId: string;
  conversationKey: string;
  insertedAt: number;
  temperatureBefore: number;
  /** At most two: the temperatures of the next customer messages. */
  temperaturesAfter: number[];
  /** For a pack's item: the pack, its version then, and the item (`${kind}:${id}`). */
  packId?: string;
  packVersion?: string;
  itemKey?: string;
  /** The item's own words as the Insights view names it (a snippet's title, a phrasing): never the customer's. */
  label?: string;
}

/** A customer the agent has met, on a console that says who they are; `key` is `${adapterId}:${kind}:${value}`. */
export interface Customer {
  key: string;
  label: string;
  firstSeenAt: number;
  lastSeenAt: number;
}

/** Something worth remembering about a customer: a phrase of theirs the agent marked, or the agent's own note. */
export interface Memory {
  id: string;
  customerKey: string;
  kind: 'phrase' | 'note';
  text: string;
  conversationKey: string;
  createdAt: number;
}

/** One conversation as the shift summary and the customer's history see it: when, how heated, how it ended. No message text. */
export interface Visit {
  conversationKey: string;
  customerKey?: string;
  firstAt: number;
  lastAt: number;
  /** The hottest customer message and the latest: a conversation that ended cooler than its peak went well. */
  peak: number;
  lastTemperature: number;
  customerMessages: number;
}

export type PromiseStatus = 'open' | 'kept' | 'dropped';

/** A commitment the agent made in a sent message, with when it falls due if a time was stated. */
export interface KeptPromise {
  id: string;
  conversationKey: string;
  customerKey?: string;
  customerLabel?: string;
  messageId: string;
  text: string;
  dueText?: string;
  dueAt?: number;
  madeAt: number;
  status: PromiseStatus;
  closedAt?: number;
}

/** Thanks or relief a customer expressed: the agent's win, in the customer's own words. */
export interface Win {
  id: string;
  conversationKey: string;
  messageId: string;
  customerLabel?: string;
  words: string;
  text: string;
  at: number;
}

export const DATABASE_NAME = 'undertone';

/**
 * The schema, append-only. Each version is dated with its reason; a version
 * stays here forever (Dexie needs the old ones only while they carry an
 * upgrade, but keeping them documents the history). Every version that
 * changes data gets an upgrade test in schema.test.ts.
 * Index only what is queried: bodies and note text are searched in memory.
 */
export function declareSchema(db: Dexie): void {
  // 2026-11-23 — v1: notes per conversation and the agent's snippets.
  db.version(1).stores({
    notes: 'id, conversationKey, updatedAt',
    snippets: 'id, source, shortcut, updatedAt',
  });
  // 2026-11-23 — v2: insert outcomes for the "what calmed customers" view; shortcuts are matched case-insensitively, so stored ones are normalised.
  db.version(2)
    .stores({ insertOutcomes: 'id, itemId, conversationKey, insertedAt' })
    .upgrade((tx) =>
      tx
        .table<Snippet, string>('snippets')
        .toCollection()
        .modify((snippet) => {
          // The rule as it stood on 2026-11-23, frozen here: a later change to live matching must not rewrite old rows differently.
          const shortcut = (snippet.shortcut ?? '').normalize('NFKC').trim().toLowerCase();
          if (shortcut) snippet.shortcut = shortcut;
          else delete snippet.shortcut;
        }),
    );
  // 2026-11-23 — v3: team packs kept apart from personal data: their sources with the last good copy, their items, and agents' forks of them.
  db.version(3).stores({ packs: 'key, packId', packItems: '[packId+key], packId', packForks: 'snippetId, packId' });
  // 2026-12-03 — v4: the people on both sides: customers a console names and what the agent remembers of them, each conversation's heat
  // (no message text), the agent's promises and the thanks they received. New tables only.
  db.version(4).stores({
    customers: 'key, lastSeenAt',
    customerMemories: 'id, customerKey',
    conversationVisits: 'conversationKey, customerKey, lastAt',
    promises: 'id, conversationKey, customerKey, status, [conversationKey+messageId]',
    wins: 'id, at, [conversationKey+messageId]',
  });
}

export class UndertoneDb extends Dexie {
  notes!: EntityTable<Note, 'id'>;
  snippets!: EntityTable<Snippet, 'id'>;
  insertOutcomes!: EntityTable<InsertOutcome, 'id'>;
  packs!: EntityTable<PackSource, 'key'>;
  packItems!: Table<StoredPackItem, [string, string]>;
  packForks!: EntityTable<PackFork, 'snippetId'>;
  customers!: EntityTable<Customer, 'key'>;
  customerMemories!: EntityTable<Memory, 'id'>;
  conversationVisits!: EntityTable<Visit, 'conversationKey'>;
  promises!: EntityTable<KeptPromise, 'id'>;
  wins!: EntityTable<Win, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    declareSchema(this);
  }
}

let instance: UndertoneDb | undefined;

/** The one database, opened lazily. Only extension contexts may call this: never a content script. */
export function database(): UndertoneDb {
  instance ??= new UndertoneDb();
  return instance;
}
