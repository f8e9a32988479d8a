import type { UndertoneDb } from './schema';
import { figuresOf, type ItemFigures } from '../insights/figures';
import { outcomesBetween } from './outcomes';

/** The options page's Insights: plain figures, each item named by its own words and its pack's name. */
export interface InsightsView {
  from: number;
  to: number;
  /** Every insert in the period, answered by the customer or not. */
  inserts: number;
  items: (ItemFigures & { packName?: string })[];
}

export async function buildInsights(db: UndertoneDb, from: number, to: number): Promise<InsightsView> {
  const outcomes = await outcomesBetween(db, from, to);
  const names = new Map((await db.packs.toArray()).flatMap((source) => (source.pack ? [[source.pack.id, source.pack.name] as const] : [])));
  const items = figuresOf(outcomes).map((item) => {
    const packName = item.packId ? names.get(item.packId) : undefined;
    return packName ? { ...item, packName } : item;
  });
  return { from, to, inserts: outcomes.length, items };
}
