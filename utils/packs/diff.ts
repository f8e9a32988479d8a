import { itemsOf, type PackItemRef } from './items';
import type { Pack } from './schema';
import { compareVersions } from './validate';

export interface DiffEntry {
  key: string;
  label: string;
}

/** What an update changed, computed from the items rather than trusted from the changelog. */
export interface PackDiff {
  fromVersion?: string;
  toVersion: string;
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: DiffEntry[];
  /** The changelog entries newer than the version replaced. */
  changelog: Pack['changelog'];
}

export function diffPacks(before: Pack | undefined, after: Pack): PackDiff {
  const old = new Map((before ? itemsOf(before) : []).map((item) => [item.key, item]));
  const now = itemsOf(after);
  const entry = ({ key, label }: PackItemRef): DiffEntry => ({ key, label });
  const nowKeys = new Set(now.map((item) => item.key));
  return {
    fromVersion: before?.version,
    toVersion: after.version,
    added: now.filter((item) => !old.has(item.key)).map(entry),
    removed: [...old.values()].filter((item) => !nowKeys.has(item.key)).map(entry),
    changed: now.filter((item) => old.has(item.key) && old.get(item.key)!.hash !== item.hash).map(entry),
    changelog: after.changelog.filter((change) => !before || compareVersions(change.version, before.version) > 0),
  };
}
