import type { InsertOutcome, UndertoneDb } from './schema';
import { contentHash } from '../packs/items';
import { mirroredSnippetId } from './pack-store';

const LABEL_LENGTH = 200;

/** Starts following what the customer does after an insertion (see InsertOutcome). */
export async function startOutcome(db: UndertoneDb, start: Omit<InsertOutcome, 'id' | 'temperaturesAfter'>): Promise<InsertOutcome> {
  const outcome: InsertOutcome = { id: crypto.randomUUID(), ...start, temperaturesAfter: [] };
  await db.insertOutcomes.add(outcome);
  return outcome;
}

/** A customer message arrived: every open outcome of that conversation, inserted before it, gets its temperature. */
export async function recordCustomerTemperature(db: UndertoneDb, conversationKey: string, temperature: number, at: number): Promise<number> {
  return db.insertOutcomes
    .where('conversationKey')
    .equals(conversationKey)
    .filter((o) => o.temperaturesAfter.length < 2 && o.insertedAt <= at)
    .modify((o) => {
      o.temperaturesAfter.push(temperature);
    });
}

type ItemFields = Pick<InsertOutcome, 'itemId' | 'packId' | 'packVersion' | 'itemKey' | 'label'>;

/** Which item a snippet is: the agent's own, or a pack's (with the pack's version now). */
export async function describeSnippet(db: UndertoneDb, snippetId: string): Promise<ItemFields> {
  const snippet = await db.snippets.get(snippetId);
  const fields: ItemFields = { itemId: snippetId, ...(snippet ? { label: snippet.title.slice(0, LABEL_LENGTH) } : {}) };
  if (!snippet?.source.startsWith('pack:')) return fields;
  const packId = snippet.source.slice('pack:'.length);
  const pack = (await db.packs.where('packId').equals(packId).first())?.pack;
  const item = pack?.snippets?.find((candidate) => mirroredSnippetId(packId, candidate.id) === snippetId);
  return pack && item ? { ...fields, packId, packVersion: pack.version, itemKey: `snippets:${item.id}` } : fields;
}

/**
 * Which item a coaching suggestion is. The card shows only its words, so
 * they are looked up: a pack's phrasing (the pack that would have supplied
 * it: locked packs first, as the card orders them), else one of the agent's
 * snippets offered as a phrasing, else a built-in phrasing, named by a hash
 * of its words so the same line always counts as the same item.
 */
export async function describeSuggestion(db: UndertoneDb, suggestion: { text: string; state?: string; stage: string }): Promise<ItemFields> {
  const label = suggestion.text.slice(0, LABEL_LENGTH);
  const sources = (await db.packs.toArray()).filter((source) => source.pack).sort((a, b) => Number(b.locked) - Number(a.locked));
  for (const { pack } of sources) {
    const item = pack!.coaching?.find((p) => p.text === suggestion.text && p.stage === suggestion.stage && (!suggestion.state || p.state === suggestion.state));
    if (item) return { itemId: `coaching:${item.id}`, packId: pack!.id, packVersion: pack!.version, itemKey: `coaching:${item.id}`, label };
  }
  const own = await db.snippets.where('source').equals('personal').filter((snippet) => snippet.states.length > 0 && snippet.body === suggestion.text).first();
  if (own) return { itemId: own.id, label: own.title.slice(0, LABEL_LENGTH) };
  return { itemId: `builtin:${suggestion.state ?? 'any'}:${suggestion.stage}:${contentHash(suggestion.text)}`, label };
}

/** Outcomes inserted in [from, to): the Insights view's period. */
export function outcomesBetween(db: UndertoneDb, from: number, to: number): Promise<InsertOutcome[]> {
  return db.insertOutcomes.where('insertedAt').between(from, to, true, false).toArray();
}

/** Deletes outcomes older than `days` days; returns how many went. */
export function pruneOutcomes(db: UndertoneDb, days: number, now = Date.now()): Promise<number> {
  return db.insertOutcomes.where('insertedAt').below(now - days * 86_400_000).delete();
}
