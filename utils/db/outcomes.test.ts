import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { medianChange } from '../insights/figures';
import { buildInsights } from './insights';
import { describeSnippet, describeSuggestion, pruneOutcomes, recordCustomerTemperature, startOutcome } from './outcomes';
import { importPack } from './pack-importer';
import { mirroredSnippetId } from './pack-store';
import { UndertoneDb } from './schema';

let db: UndertoneDb;
beforeEach(() => {
  db = new UndertoneDb(`outcomes-${crypto.randomUUID()}`);
});
afterEach(() => db.delete());

const DAY = 86_400_000;
const PACK = 'dev.undertone.essentials-en';
const installExample = async () => {
  const result = await importPack(db, new Uint8Array(readFileSync('packs/undertone-essentials-en.json')));
  if (!result.ok) throw new Error(result.errors.join());
};

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

  it('names a pack snippet by its pack, version and item, and the agent’s own by its id', async () => {
    await installExample();
    const id = mirroredSnippetId(PACK, 'greeting');
    expect(await describeSnippet(db, id)).toEqual({ itemId: id, label: 'Greeting', packId: PACK, packVersion: '1.0.0', itemKey: 'snippets:greeting' });
    expect(await describeSnippet(db, 'gone')).toEqual({ itemId: 'gone' });
  });

  it('names a suggestion by the pack phrasing it came from, else as a built-in line (the same words, the same item)', async () => {
    await installExample();
    const pack = JSON.parse(readFileSync('packs/undertone-essentials-en.json', 'utf8')) as { coaching: { id: string; state: string; stage: string; text: string }[] };
    const phrasing = pack.coaching[0]!;
    expect(await describeSuggestion(db, phrasing)).toEqual({ itemId: `coaching:${phrasing.id}`, packId: PACK, packVersion: '1.0.0', itemKey: `coaching:${phrasing.id}`, label: phrasing.text });
    const builtIn = await describeSuggestion(db, { text: 'I understand how frustrating this is.', state: 'anger', stage: 'acknowledge' });
    expect(builtIn.itemId).toMatch(/^builtin:anger:acknowledge:[0-9a-f]{16}$/);
    expect(builtIn.packId).toBeUndefined();
    expect(await describeSuggestion(db, { text: 'I understand how frustrating this is.', state: 'anger', stage: 'acknowledge' })).toEqual(builtIn);
  });

  it('Insights counts uses per item over the period chosen, with the pack’s name, and pruning drops what is older than the setting', async () => {
    await installExample();
    const now = 400 * DAY;
    const use = async (itemId: string, daysAgo: number, before: number, after: number[]) => {
      const outcome = await startOutcome(db, { kind: 'suggestion', itemId, packId: PACK, packVersion: '1.0.0', conversationKey: `demo:${daysAgo}`, insertedAt: now - daysAgo * DAY, temperatureBefore: before });
      await db.insertOutcomes.update(outcome.id, { temperaturesAfter: after });
    };
    await use('coaching:a', 1, 0.9, [0.4, 0.2]);
    await use('coaching:a', 2, 0.8, [0.6]);
    await use('coaching:a', 3, 0.6, []);
    await use('coaching:a', 40, 0.6, [0.9]);
    await use('coaching:b', 200, 0.5, [0.5]);

    const month = await buildInsights(db, now - 30 * DAY, now + 1);
    expect(month.inserts).toBe(3);
    expect(month.items.map((item) => [item.itemId, item.uses, item.packName, medianChange(item.changes)])).toEqual([['coaching:a', 3, 'Undertone essentials (English)', -0.4]]);
    expect((await buildInsights(db, 0, now + 1)).items.map((item) => [item.itemId, item.uses])).toEqual([['coaching:a', 4], ['coaching:b', 1]]);

    expect(await pruneOutcomes(db, 180, now)).toBe(1);
    expect((await db.insertOutcomes.toArray()).map((o) => o.itemId).sort()).toEqual(['coaching:a', 'coaching:a', 'coaching:a', 'coaching:a']);
  });
});
