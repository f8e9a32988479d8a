import { describe, expect, it } from 'vitest';
import { formatCount } from './validation';

describe('formatCount', () => {
  it('groups thousands the way English writes them', () => {
    expect([0, 7, 999, 1_000, 10_000, 100_000, 1_234_567].map(formatCount)).toEqual(['0', '7', '999', '1,000', '10,000', '100,000', '1,234,567']);
  });
});
