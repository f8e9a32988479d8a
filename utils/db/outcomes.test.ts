import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordCustomerTemperature, startOutcome } from './outcomes';
import { UndertoneDb } from './schema';

let db: UndertoneDb;
beforeEach(() => {
  db = new UndertoneDb(`outcomes-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

describe('insert outcomes', () => {
  it('follows the next two customer messages after an insertion, and no more', async () => {
    const outcome = await startOutcome(db, { kind: 'snippet', itemId: 'a', conversationKey: 'demo:c-1', insertedAt: 100, temperatureBefore: 0.9 });
    expect(await recordCustomerTemperature(db, 'demo:c-1', 0.95, 50)).toBe(0); // a message from before the insertion
    expect(await recordCustomerTemperature(db, 'demo:c-2', 0.1, 150)).toBe(0); // another conversation
    await recordCustomerTemperature(db, 'demo:c-1', 0.6, 200);
    await recordCustomerTemperature(db, 'demo:c-1', 0.3, 300);
    expect(await recordCustomerTemperature(db, 'demo:c-1', 0.1, 400)).toBe(0);
    expect((await db.insertOutcomes.get(outcome.id))!.temperaturesAfter).toEqual([0.6, 0.3]);
  });
});
