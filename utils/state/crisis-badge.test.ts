import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { reportCrisisBadge } from './crisis-badge';

describe('crisis badge', () => {
  it('reports the pinned state at start and on each change, not on every new crisis', () => {
    const crises = signal<{ id: string }[]>([]);
    const told: boolean[] = [];
    const stop = reportCrisisBadge(crises, (pinned) => told.push(pinned));
    crises.value = [{ id: 'a' }];
    crises.value = [{ id: 'a' }, { id: 'b' }]; // another crisis while one is pinned: still pinned
    crises.value = []; // acknowledged
    stop();
    crises.value = [{ id: 'c' }];
    expect(told).toEqual([false, true, false]);
  });
});
