import { describe, expect, it } from 'vitest';
import { changeOf, figuresOf, followedOf, medianChange, stepOf, type OutcomeFigures } from './figures';

const use = (itemId: string, before: number, after: number[], extra: Partial<OutcomeFigures> = {}): OutcomeFigures => ({
  kind: 'suggestion',
  itemId,
  temperatureBefore: before,
  temperaturesAfter: after,
  ...extra,
});

describe('insight figures', () => {
  it('a change is the mean of the answers after minus the temperature before; none without an answer', () => {
    expect(changeOf(use('a', 0.8, [0.4, 0.2]))).toBeCloseTo(-0.5);
    expect(changeOf(use('a', 0.3, [0.6]))).toBeCloseTo(0.3);
    expect(changeOf(use('a', 0.3, []))).toBeUndefined();
    expect([stepOf(-1), stepOf(-0.04), stepOf(0.26), stepOf(1)]).toEqual([0, 10, 13, 20]);
  });

  it('counts uses and answered uses per item and pack, and reads the median from the counts', () => {
    const items = figuresOf([
      use('coaching:ack', 0.9, [0.5, 0.3], { packId: 'com.example.team', packVersion: '1.0.0', itemKey: 'coaching:ack', label: 'I hear you.' }),
      use('coaching:ack', 0.8, [0.6], { packId: 'com.example.team', packVersion: '1.1.0', itemKey: 'coaching:ack' }),
      use('coaching:ack', 0.7, [], { packId: 'com.example.team', packVersion: '1.1.0', itemKey: 'coaching:ack' }),
      use('coaching:ack', 0.4, [0.6, 0.6], { packId: 'com.example.team', packVersion: '1.1.0', itemKey: 'coaching:ack' }),
      use('mine', 0.5, [0.5], { kind: 'snippet' }),
    ]);
    expect(items.map((item) => [item.key, item.uses, followedOf(item), item.versions])).toEqual([
      ['com.example.team|coaching:ack', 4, 3, ['1.0.0', '1.1.0']],
      ['|mine', 1, 1, []],
    ]);
    expect(items[0]!.label).toBe('I hear you.');
    // Changes −0.5, −0.2, +0.2: the median is the middle one.
    expect(medianChange(items[0]!.changes)).toBe(-0.2);
    expect(medianChange(items[1]!.changes)).toBe(0);
  });

  it('an even count takes the midpoint of the two middle steps; no answers, no median', () => {
    const [item] = figuresOf([use('a', 0.9, [0.5]), use('a', 0.9, [0.8]), use('a', 0.2, [0.5]), use('a', 0.2, [0.4])]);
    // −0.4, −0.1, +0.3, +0.2 → steps −0.4, −0.1, +0.2, +0.3: midpoint of −0.1 and +0.2.
    expect(medianChange(item!.changes)).toBe(0.05);
    expect(medianChange(new Array(21).fill(0))).toBeUndefined();
  });
});
