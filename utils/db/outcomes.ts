import type { InsertOutcome, UndertoneDb } from './schema';

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
