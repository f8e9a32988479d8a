import { describe, expect, it } from 'vitest';
import { REMIND_FROM_ITEMS, shouldRemindToExport } from './reminder';

const DAY = 86_400_000;
const NOW = 100 * DAY;

describe('export reminder', () => {
  it('stays quiet for a small library', () => {
    expect(shouldRemindToExport({}, REMIND_FROM_ITEMS - 1, NOW)).toBe(false);
  });
  it('reminds when never exported, or not for a month', () => {
    expect(shouldRemindToExport({}, REMIND_FROM_ITEMS, NOW)).toBe(true);
    expect(shouldRemindToExport({ lastExportAt: NOW - 31 * DAY }, 50, NOW)).toBe(true);
    expect(shouldRemindToExport({ lastExportAt: NOW - 29 * DAY }, 50, NOW)).toBe(false);
  });
  it('snoozes for a week when dismissed', () => {
    expect(shouldRemindToExport({ dismissedAt: NOW - 6 * DAY }, 50, NOW)).toBe(false);
    expect(shouldRemindToExport({ dismissedAt: NOW - 8 * DAY }, 50, NOW)).toBe(true);
  });
});
