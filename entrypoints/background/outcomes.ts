import { browser } from 'wxt/browser';
import { database, type UndertoneDb } from '@/utils/db/schema';
import { buildInsights } from '@/utils/db/insights';
import { describeSuggestion, pruneOutcomes, recordCustomerTemperature, startOutcome } from '@/utils/db/outcomes';
import type { RequestServer } from '@/utils/protocol/server';
import { outcomeRetentionDaysItem, readOutcomeRetentionDays } from '@/utils/storage';

const PRUNE_ALARM = 'undertone-prune-outcomes';

export function registerOutcomeHandlers(server: RequestServer, db: UndertoneDb): void {
  server.handle('outcomes.customerTemperature', ({ conversationKey, temperature, at }) => recordCustomerTemperature(db, conversationKey, temperature, at));
  server.handle('outcomes.suggestionUsed', async ({ conversationKey, temperature, text, state, stage }) => {
    const item = await describeSuggestion(db, { text, state, stage });
    await startOutcome(db, { kind: 'suggestion', ...item, conversationKey, insertedAt: Date.now(), temperatureBefore: temperature });
  });
  server.handle('outcomes.insights', ({ from, to }) => buildInsights(db, from, to));
}

/** Outcomes older than the agent's retention setting are deleted at start, daily, and whenever the setting changes. */
export function setupOutcomes(server: RequestServer): void {
  const db = database();
  registerOutcomeHandlers(server, db);
  const prune = async () => void (await pruneOutcomes(db, await readOutcomeRetentionDays()));
  void browser.alarms.create(PRUNE_ALARM, { periodInMinutes: 24 * 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) void prune();
  });
  outcomeRetentionDaysItem.watch(() => void prune());
  void prune();
}
