import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { reportCrisisBadge } from './crisis-badge';

describe('crisis badge', () => {
  it('reports the pinned state at start and on each change, not on every new crisis', () => {
    const crisis = signal<{ id: string } | undefined>(undefined);
    const told: boolean[] = [];
    const stop = reportCrisisBadge(crisis, (pinned) => told.push(pinned));
    crisis.value = { id: 'a' };
    crisis.value = { id: 'b' }; // another crisis while one is pinned: still pinned
    crisis.value = undefined; // acknowledged
    stop();
    crisis.value = { id: 'c' };
    expect(told).toEqual([false, true, false]);
  });
});
