import { describe, expect, it } from 'vitest';
import { detectPromise } from './promises';

const AT = new Date(2026, 11, 3, 10, 0).getTime();

describe('promises in the agent’s messages', () => {
  it.each([
    ["I'll call you back tomorrow", 'tomorrow'],
    ["you'll get the refund within 5 working days", 'within 5 working days'],
    ['Someone from our team will contact you within 24 hours.', 'within 24 hours'],
    ['我明天下午给您回电', '明天下午'],
    ['三個工作天內退款給您', '三個工作天內'],
    ['我们会在24小时内给您回复。', '24小时内'],
  ])('hears “%s”, due %s', (text, due) => {
    expect(detectPromise(text, AT)?.due?.text).toBe(due);
  });

  it('keeps a promise without a stated time', () => {
    expect(detectPromise("Thanks for bearing with me. I'll keep you posted.", AT)).toEqual({ sentence: "I'll keep you posted." });
  });

  it.each([
    'Let me check that for you.',
    'I have already sent the refund.',
    'Would you like me to call you tomorrow?',
    'Refunds usually take 5 working days.',
    "Once you send the photo, I'll arrange a replacement tomorrow.",
    'Please call us back tomorrow.',
    "I'll take a look right now.",
    '我帮您查一下。',
    '需要我明天给您回电吗？',
    '退款一般3到5个工作日到账。',
    '请您明天再联系我们。',
    '如果您提供照片，我们会在明天补发。',
  ])('does not nag about “%s”', (text) => {
    expect(detectPromise(text, AT)).toBeUndefined();
  });
});
