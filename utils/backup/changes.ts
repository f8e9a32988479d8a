import { canonicalJson } from './json-guard';

export type ImportMode = 'merge' | 'replace';

export interface TableChange {
  added: number;
  updated: number;
  unchanged: number;
  /** Merge: the device's copy is newer (or, for things without a date, simply the device's) and stays. */
  keptLocal: number;
  /** Replace: on the device, not in the file. */
  removed: number;
  /** A few labels per kind of change, for the preview. */
  examples: { added: string[]; updated: string[]; removed: string[] };
}

const EXAMPLES = 5;

/**
 * Matches a file's rows against the device's, by key, and says what an
 * import would do with each. `incomingWins` decides a conflict in a merge
 * (replace always takes the file's). Rows the device keeps out of the
 * comparison (policy data) are simply not passed in.
 */
export function compareRows<T>(
  incoming: T[],
  local: T[],
  mode: ImportMode,
  { key, label, incomingWins }: { key: (row: T) => string; label: (row: T) => string; incomingWins: (incoming: T, local: T) => boolean },
): { change: TableChange; write: T[]; remove: T[] } {
  const change: TableChange = { added: 0, updated: 0, unchanged: 0, keptLocal: 0, removed: 0, examples: { added: [], updated: [], removed: [] } };
  const note = (kind: 'added' | 'updated' | 'removed', row: T) => {
    change[kind]++;
    if (change.examples[kind].length < EXAMPLES) change.examples[kind].push(label(row).slice(0, 80));
  };
  const mine = new Map(local.map((row) => [key(row), row]));
  const write: T[] = [];
  for (const row of incoming) {
    const k = key(row);
    const here = mine.get(k);
    mine.delete(k);
    if (!here) note('added', row);
    else if (canonicalJson(here) === canonicalJson(row)) {
      change.unchanged++;
      continue;
    } else if (mode === 'replace' || incomingWins(row, here)) note('updated', row);
    else {
      change.keptLocal++;
      continue;
    }
    write.push(row);
  }
  const remove = mode === 'replace' ? [...mine.values()] : [];
  for (const row of remove) note('removed', row);
  return { change, write, remove };
}
