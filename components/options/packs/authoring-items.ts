import { signal } from '@preact/signals';
import { ITEM_KINDS, itemKinds, type ItemKind, type Pack } from '@/utils/packs/schema';

/** An item as the forms edit it: the JSON the pack will carry, valid or not yet. */
export type ItemValue = Record<string, unknown>;
/** A field's place inside an item: one key, or a nested one such as `['author', 'attribute']`. */
export type FieldPath = readonly string[];
/** What a form control holds: a text, a choice, a list of texts, or a yes/no. */
export type FieldValue = string | boolean | readonly string[];

/** What "Add" starts each kind with: every required field present, empty for the lead to write (the validator says what is still missing). */
export const ITEM_TEMPLATES: Record<ItemKind, ItemValue> = {
  snippets: { id: 'new-snippet', title: '', body: '', lang: 'en' },
  coaching: { id: 'new-phrasing', state: 'anger', stage: 'acknowledge', lang: 'en', text: '' },
  needQuestions: { id: 'new-question', need: 'outcome', lang: 'en', question: '' },
  draftChecks: { id: 'new-check', lang: 'en', avoid: '', suggest: '' },
  adapters: { id: 'new-console', name: '', matches: [''], messageList: '', message: '', author: {}, composer: '' },
  hotlines: { id: 'new-hotline', region: 'US', name: '', number: '' },
};

export function fieldValue(item: ItemValue, path: FieldPath): unknown {
  return path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as ItemValue)[key] : undefined), item);
}

/**
 * The item with one field set. An empty text, an empty list or "no" removes
 * the field rather than storing it, since the format's optional fields are
 * absent when unused; a nested group left empty goes too when the format
 * lets it be absent (an adapter's `author` must stay, even empty).
 */
export function withField(kind: ItemKind, item: ItemValue, path: FieldPath, value: FieldValue): ItemValue {
  const [key, ...rest] = path;
  if (key === undefined) return item;
  if (rest.length) {
    const inner = withField(kind, ((item[key] as ItemValue | undefined) ?? {}), rest, value);
    const { [key]: _old, ...others } = item;
    return Object.keys(inner).length || !isOptional(kind, key) ? { ...item, [key]: inner } : others;
  }
  const { [key]: _old, ...others } = item;
  const empty = value === '' || value === false || (Array.isArray(value) && value.length === 0);
  return empty ? others : { ...item, [key]: Array.isArray(value) ? [...value] : value };
}

function isOptional(kind: ItemKind, key: string): boolean {
  return (itemKinds[kind].entries as Record<string, { type: string } | undefined>)[key]?.type === 'optional';
}

const emptyItems = () => Object.fromEntries(ITEM_KINDS.map((kind) => [kind, []])) as unknown as Record<ItemKind, ItemValue[]>;

/** Every kind's items of the pack being written, edited one field at a time. */
export function createItemsModel() {
  const items = signal<Record<ItemKind, ItemValue[]>>(emptyItems());
  /** A key per item that stays with it when an item before it goes, so an open form stays open on its own item. */
  const keys = signal<Record<ItemKind, number[]>>(Object.fromEntries(ITEM_KINDS.map((kind) => [kind, []])) as unknown as Record<ItemKind, number[]>);
  let lastKey = 0;
  function update(kind: ItemKind, change: (list: ItemValue[]) => ItemValue[]): void {
    items.value = { ...items.value, [kind]: change(items.value[kind]) };
  }
  return {
    items,
    keys,
    /** Takes every item of an opened pack. */
    load(pack: Pack) {
      items.value = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, structuredClone(pack[kind] ?? []) as ItemValue[]])) as Record<ItemKind, ItemValue[]>;
      keys.value = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, items.value[kind].map(() => ++lastKey)])) as Record<ItemKind, number[]>;
    },
    /** Adds a kind's template; returns the new item's key. */
    addItem(kind: ItemKind): number {
      const key = ++lastKey;
      keys.value = { ...keys.value, [kind]: [...keys.value[kind], key] };
      update(kind, (list) => [...list, structuredClone(ITEM_TEMPLATES[kind])]);
      return key;
    },
    removeItem(kind: ItemKind, index: number) {
      keys.value = { ...keys.value, [kind]: keys.value[kind].filter((_, i) => i !== index) };
      update(kind, (list) => list.filter((_, i) => i !== index));
    },
    setField(kind: ItemKind, index: number, path: FieldPath, value: FieldValue) {
      update(kind, (list) => list.map((item, i) => (i === index ? withField(kind, item, path, value) : item)));
    },
  };
}
