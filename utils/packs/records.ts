import type { PackDiff } from './diff';
import type { ItemKind, Pack } from './schema';
import type { Trust } from './provenance';

/**
 * What the database keeps about packs, apart from personal data: the
 * sources (a file, a URL, a policy entry) with their last good copy and
 * update status, the items of each pack, and the forks agents made.
 */

export type PackOrigin = 'file' | 'url' | 'policy';

export interface PackSource {
  /** The URL for subscriptions and policy entries; `file:<packId>` for imported files. */
  key: string;
  origin: PackOrigin;
  url?: string;
  trust: Trust;
  locked: boolean;
  intervalHours: number;
  addedAt: number;
  packId?: string;
  /** The last good copy: kept whatever later fetches bring. */
  pack?: Pack;
  sha256?: string;
  etag?: string;
  lastModified?: string;
  /** Last attempt, last attempt that succeeded (200 or 304), last new copy installed. */
  checkedAt?: number;
  okAt?: number;
  updatedAt?: number;
  /** Why the last attempt failed; cleared by the next success. */
  error?: string;
  lastDiff?: PackDiff;
  conflicts?: ShortcutConflict[];
}

export interface StoredPackItem {
  packId: string;
  /** `${kind}:${id}` */
  key: string;
  kind: ItemKind;
  hash: string;
  data: Record<string, unknown>;
}

/** A personal snippet that started as a pack item; `upstream` is set when the pack has since changed or dropped that item. */
export interface PackFork {
  snippetId: string;
  packId: string;
  itemKey: string;
  baseVersion: string;
  baseHash: string;
  upstream?: { state: 'changed' | 'removed'; version: string; hash?: string; data?: Record<string, unknown> };
}

/** Who owns a shortcut; the first of `owners` wins (locked pack, then personal, then unlocked pack). */
export interface ShortcutConflict {
  shortcut: string;
  owners: { source: string; label: string; locked: boolean }[];
}
