import { describe, expect, it } from 'vitest';
import { detectThanks } from './thanks';

describe('thanks in the customer’s messages', () => {
  it.each([
    ['You saved my day!', 'You saved my day'],
    ['Thank you so much, that fixed it.', 'Thank you'],
    ['太感谢了！', '感谢'],
    ['辛苦了', '辛苦了'],
    ['感恩', '感恩'],
    ['謝謝你，幫了大忙', '謝謝'],
  ])('keeps “%s”', (text, words) => {
    expect(detectThanks(text)?.words).toBe(words);
  });

  it.each(['Thanks for nothing.', 'Thanks in advance!', 'Thanks, but it still fails.', 'Please check my order, thanks', '呵呵，谢谢你们的敷衍', '先谢谢了', '谢谢，但是还是不行'])(
    'leaves out “%s”',
    (text) => {
      expect(detectThanks(text)).toBeUndefined();
    },
  );
});
