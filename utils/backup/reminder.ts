/** The gentle export reminder: worth showing once there is something to lose, and not too often. */
export interface ReminderState {
  lastExportAt?: number;
  dismissedAt?: number;
}

const DAY = 86_400_000;
export const REMIND_AFTER_DAYS = 30;
export const SNOOZE_DAYS = 7;
/** Below this many snippets and notes, a lost library is a small loss: no nagging. */
export const REMIND_FROM_ITEMS = 10;

export function shouldRemindToExport(state: ReminderState, items: number, now: number): boolean {
  if (items < REMIND_FROM_ITEMS) return false;
  if (state.dismissedAt !== undefined && now - state.dismissedAt < SNOOZE_DAYS * DAY) return false;
  return state.lastExportAt === undefined || now - state.lastExportAt > REMIND_AFTER_DAYS * DAY;
}
