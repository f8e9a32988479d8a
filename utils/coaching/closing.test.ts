import { describe, expect, it } from 'vitest';
import { isClosing } from './closing';

describe('closing phrases', () => {
  it.each([
    'Is there anything else I can help with today?',
    'Thanks for contacting Acme, have a great day!',
    '请问还有什么可以帮您的吗？',
    '請問還有其他問題嗎？',
    '祝您生活愉快！',
  ])('recognises "%s"', (text) => expect(isClosing(text)).toBe(true));

  it.each(['I am checking your order now.', 'Could you tell me the order number?', '我马上帮您查一下。', ''])(
    'leaves "%s" alone',
    (text) => expect(isClosing(text)).toBe(false),
  );
});
