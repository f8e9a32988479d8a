import { canonicalJson } from './canonical';
import { ITEM_KINDS, type ItemKind, type Pack } from './schema';

/** One item of a pack, addressed as `${kind}:${id}` so kinds never collide. */
export interface PackItemRef {
  kind: ItemKind;
  id: string;
  key: string;
  /** A short human label: a title, a question, a phrase. Plain text. */
  label: string;
  /** Changes whenever any field of the item changes. */
  hash: string;
  data: Record<string, unknown>;
}

export function itemsOf(pack: Pack): PackItemRef[] {
  return ITEM_KINDS.flatMap((kind) =>
    (pack[kind] ?? []).map((item) => {
      const data = item as unknown as Record<string, unknown>;
      return { kind, id: item.id, key: `${kind}:${item.id}`, label: labelOf(data), hash: contentHash(data), data };
    }),
  );
}

/** A short human label for an item: its title, question, phrase, name or text. Plain text. */
export function labelOf(item: Record<string, unknown>): string {
  const text = [item.title, item.question, item.avoid, item.name, item.text].find((value) => typeof value === 'string');
  return typeof text === 'string' ? text.slice(0, 120) : String(item.id);
}

/** Two 32-bit multiplicative hashes over the canonical JSON: enough to notice a change, cheap for 20,000 items, synchronous. */
export function contentHash(value: unknown): string {
  const text = canonicalJson(value);
  let first = 0x811c9dc5;
  let second = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
  }
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0');
}
