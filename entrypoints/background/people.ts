import { database, type UndertoneDb } from '@/utils/db/schema';
import { addMemory, addPromise, addWin, allOpenPromises, closePromise, customerHistory, forgetCustomer, forgetCustomers, openPromisesFor, recordVisit, rememberedCustomers, shiftSummary } from '@/utils/db/people';
import { HEATED } from '@/utils/people/records';
import type { RequestServer } from '@/utils/protocol/server';
import { defaultSettings, settingsItem, type Settings } from '@/utils/storage';

/**
 * Customer memory, promises and wins. Each write checks its own setting here
 * too, not only in the sidebar: with a feature off nothing of it is stored,
 * whoever asks.
 */
export function registerPeopleHandlers(server: RequestServer, db: UndertoneDb, settings: () => Promise<Settings>): void {
  const memoryOn = async () => (await settings()).customerMemory === 'on';
  const requireOn = async (feature: 'promises' | 'wins' | 'memory') => {
    const now = await settings();
    const on = feature === 'memory' ? now.customerMemory === 'on' : now[feature];
    if (!on) throw new Error(`Refused: ${feature === 'memory' ? 'customer memory' : feature} is turned off in Settings`);
  };

  server.handle('people.visit', async ({ customer, ...report }) => {
    const [memory, { wins }] = [await memoryOn(), await settings()];
    // Heat without a customer feeds only the shift summary; with neither feature on, nothing is kept.
    if (!wins && !(memory && customer)) return null;
    return recordVisit(db, { ...report, ...(memory && customer ? { customer } : {}) });
  });
  server.handle('people.customer', async ({ customerKey, conversationKey }) => {
    if (!(await memoryOn())) return { earlier: [], memories: [] };
    return customerHistory(db, customerKey, conversationKey);
  });
  server.handle('people.remember', async (memory) => {
    await requireOn('memory');
    return addMemory(db, { ...memory, createdAt: Date.now() });
  });
  server.handle('people.forgetMemory', ({ id }) => db.customerMemories.delete(id));
  server.handle('people.customers', async () => ((await memoryOn()) ? rememberedCustomers(db) : []));
  server.handle('people.forgetCustomer', ({ customerKey }) => forgetCustomer(db, customerKey));
  server.handle('people.forgetCustomers', () => forgetCustomers(db));
  server.handle('people.promise', async ({ customer, ...promise }) => {
    await requireOn('promises');
    const known = customer && (await memoryOn()) ? { customerKey: customer.key, customerLabel: customer.label } : {};
    return addPromise(db, { ...promise, ...known });
  });
  server.handle('people.promisesFor', async ({ conversationKey, customerKey }) => openPromisesFor(db, conversationKey, (await memoryOn()) ? customerKey : undefined));
  server.handle('people.openPromises', () => allOpenPromises(db));
  server.handle('people.closePromise', ({ id, status, at }) => closePromise(db, id, status, at));
  server.handle('people.win', async (win) => {
    if (!(await settings()).wins) return null;
    const { customerLabel, ...rest } = win;
    return addWin(db, { ...rest, ...(customerLabel && (await memoryOn()) ? { customerLabel } : {}) });
  });
  server.handle('people.summary', ({ since }) => shiftSummary(db, since, HEATED));
}

export const setupPeople = (server: RequestServer): void =>
  registerPeopleHandlers(server, database(), async () => ({ ...defaultSettings, ...(await settingsItem.getValue()) }));
