import { database, type UndertoneDb } from '@/utils/db/schema';
import { recordCustomerTemperature } from '@/utils/db/outcomes';
import type { RequestServer } from '@/utils/protocol/server';

export function registerOutcomeHandlers(server: RequestServer, db: UndertoneDb): void {
  server.handle('outcomes.customerTemperature', ({ conversationKey, temperature, at }) => recordCustomerTemperature(db, conversationKey, temperature, at));
}

export const setupOutcomes = (server: RequestServer): void => registerOutcomeHandlers(server, database());
