import { describe, expect, it } from 'vitest';
import { findDues } from './due';
import { detectPromise } from './promises';
import { detectThanks } from './thanks';

const AT = new Date(2026, 11, 3, 10, 0).getTime();

/**
 * 100 KB of chat that nearly matches everywhere: the detectors run per message in the sidebar and must not backtrack.
 * No time is asserted (speed belongs to benchmarks); catastrophic backtracking would show as this test running into its timeout.
 */
const pieces = [
  'I will ',
  'tomorrow between 8 and ',
  'within 5 ',
  'on the 1',
  'thanks but ',
  '我会在明天下午3点到',
  '個工作天',
  '唔該',
  '，',
  ' ',
  'you you you ',
  '谢谢谢谢',
  'on or before 3',
];
const huge = pieces.join('').repeat(Math.ceil(100_000 / pieces.join('').length)).slice(0, 100_000);

describe('a 100 KB message', () => {
  it('goes through every detector and the due-time finder', () => {
    expect(huge.length).toBe(100_000);
    expect(findDues(huge, AT).length).toBeGreaterThan(1000);
    expect(detectPromise(huge, AT)).toBeUndefined();
    expect(detectPromise(`I'll call you back tomorrow. ${huge}`, AT)?.sentence).toBe("I'll call you back tomorrow.");
    expect(detectThanks(huge)).toBeUndefined();
  });
});
