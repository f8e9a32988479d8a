import type { SnapshotStore } from './snapshots';

/** An extension-storage stand-in for Node (tests and the benchmark): copies values in and out as storage does. */
export function memoryStore(initial: Record<string, unknown> = {}): SnapshotStore & { dump(): Record<string, unknown> } {
  const items = new Map(Object.entries(structuredClone(initial)));
  return {
    async get(keys) {
      return Object.fromEntries(keys.filter((key) => items.has(key)).map((key) => [key, structuredClone(items.get(key))]));
    },
    async set(values) {
      for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of keys) items.delete(key);
    },
    dump: () => Object.fromEntries(items),
  };
}
