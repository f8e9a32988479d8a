/**
 * What calmed customers, in figures that carry their own uncertainty: per
 * item, how often it went in, after how many of those the customer wrote
 * again, and how the temperature moved, kept as counts per step of 0.1
 * (from −1, much calmer, to +1, much hotter). Counts merge across agents
 * without any message, conversation or customer in them, and a median read
 * from them is never more precise than the data.
 */

/** The fields of an insert outcome the figures use: no conversation, no text. */
export interface OutcomeFigures {
  kind: 'snippet' | 'suggestion';
  itemId: string;
  packId?: string;
  packVersion?: string;
  itemKey?: string;
  label?: string;
  temperatureBefore: number;
  temperaturesAfter: number[];
}

export const CHANGE_STEPS = 21;
/** Below this many uses followed by a customer message, a median says little; the view marks the item instead of ranking it. */
export const FEW_USES = 5;

export interface ItemFigures {
  /** `${packId}|${itemId}`, or `|${itemId}` for the agent's own items and the built-in phrasings. */
  key: string;
  kind: 'snippet' | 'suggestion';
  itemId: string;
  packId?: string;
  itemKey?: string;
  label?: string;
  /** Pack versions the uses were made with. */
  versions: string[];
  uses: number;
  /** Counts per change step: index i is a change of (i − 10) / 10. Their sum is how many uses the customer answered. */
  changes: number[];
}

/** The customer's temperature after (the mean of the next two messages, or the one there is) minus before. */
export function changeOf(outcome: Pick<OutcomeFigures, 'temperatureBefore' | 'temperaturesAfter'>): number | undefined {
  const after = outcome.temperaturesAfter;
  if (!after.length) return undefined;
  return after.reduce((sum, t) => sum + t, 0) / after.length - outcome.temperatureBefore;
}

export const stepOf = (change: number) => Math.min(CHANGE_STEPS - 1, Math.max(0, Math.round(change * 10) + 10));
export const changeAtStep = (step: number) => (step - 10) / 10;
export const followedOf = (figures: Pick<ItemFigures, 'changes'>) => figures.changes.reduce((sum, n) => sum + n, 0);

/** The median change, to the step of 0.1 the counts keep; undefined without any answered use. */
export function medianChange(changes: readonly number[]): number | undefined {
  const total = changes.reduce((sum, n) => sum + n, 0);
  if (!total) return undefined;
  const lowerRank = Math.floor((total - 1) / 2);
  const upperRank = Math.floor(total / 2);
  const at = (rank: number) => {
    let seen = 0;
    for (let step = 0; step < changes.length; step++) {
      seen += changes[step]!;
      if (seen > rank) return changeAtStep(step);
    }
    return changeAtStep(changes.length - 1);
  };
  return Math.round(((at(lowerRank) + at(upperRank)) / 2) * 100) / 100;
}

export const emptyChanges = () => new Array<number>(CHANGE_STEPS).fill(0);

export function figuresOf(outcomes: Iterable<OutcomeFigures>): ItemFigures[] {
  const byKey = new Map<string, ItemFigures>();
  for (const outcome of outcomes) {
    const key = `${outcome.packId ?? ''}|${outcome.itemId}`;
    let item = byKey.get(key);
    if (!item) {
      item = { key, kind: outcome.kind, itemId: outcome.itemId, versions: [], uses: 0, changes: emptyChanges() };
      if (outcome.packId) item.packId = outcome.packId;
      if (outcome.itemKey) item.itemKey = outcome.itemKey;
      byKey.set(key, item);
    }
    if (outcome.label) item.label = outcome.label;
    if (outcome.packVersion && !item.versions.includes(outcome.packVersion)) item.versions.push(outcome.packVersion);
    item.uses++;
    const change = changeOf(outcome);
    if (change !== undefined) item.changes[stepOf(change)]!++;
  }
  return [...byKey.values()].sort((a, b) => b.uses - a.uses || a.key.localeCompare(b.key));
}
