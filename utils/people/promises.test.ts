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

describe('Chinese commitments, read clause by clause', () => {
  it.each([
    ['已经跟仓库沟通过了，他们会在后天重新发货给您', '后天'],
    ['这个我先记下，晚点给您回个话', undefined],
    ['领导批下来我第一时间通知您', undefined],
    ['我哋會喺三個工作天內寄張新卡畀你', '三個工作天內'],
    ['收到，有update即刻whatsapp你', undefined],
    ['我聽日再打返畀你', '聽日'],
    ['处理结果今晚8点前回复您，您看可以吗？', '今晚8点前'],
    ['那我明早10点左右再打给您', '明早10点左右'],
    ['经核实您的话费多扣了，我们将在48小时内退还', '48小时内'],
    ['已经跟物流确认，您的冰箱会在明天晚上7点后送达', '明天晚上7点后'],
    ['我跟技术说一下，今天下午四点前把账号解封', '今天下午四点前'],
    ['個退款我哋三日內process好', '三日內'],
  ])('hears “%s”', (text, due) => {
    const found = detectPromise(text, AT);
    expect(found).toBeDefined();
    expect(found?.due?.text).toBe(due);
  });

  it.each([
    '要唔要我幫你跟進？',
    '已經幫你處理好咗喇。',
    '退款通常3到5個工作天到帳。',
    '等您寄回商品后，我们会在两天内退款。',
    '麻烦您明天上午再来电咨询。',
    '我而家幫你睇下先。',
    '师傅这周都约满了，最早也得下周了',
    '补卡需要收取工本费，会在下期账单中扣除',
    '这个我们没办法给您退款，不好意思',
    '系统会在每月1号自动扣费',
  ])('does not nag about “%s”', (text) => {
    expect(detectPromise(text, AT)).toBeUndefined();
  });
});

describe('English commitments, read clause by clause', () => {
  it.each([
    ["I'll refund the delivery fee and it should be back with you in a few days.", undefined],
    ['Our engineer, Priya, will call you tomorrow morning.', 'tomorrow morning'],
    ['Sorted: the credit will be applied to your account by Friday.', 'by Friday'],
    ["ok i'm going to chase the warehouse now and get back to u once they reply", undefined],
    ["I'll ring you at 4pm, ok?", 'at 4pm'],
  ])('hears “%s”', (text, due) => {
    const found = detectPromise(text, AT);
    expect(found).toBeDefined();
    expect(found?.due?.text).toBe(due);
  });

  it.each([
    "If the parcel hasn't arrived by Monday, let us know and we'll chase it.",
    "I'll need you to confirm your postcode first.",
    "I've issued the credit and you'll see it on your next bill.",
    'Refunds will usually reach your card within 5 days.',
    "I'll transfer you to billing now, please stay on the chat.",
    "Unfortunately we won't be able to replace it.",
    'Orders will be dispatched within 2 working days.',
    'The store will close at 6pm today.',
  ])('does not nag about “%s”', (text) => {
    expect(detectPromise(text, AT)).toBeUndefined();
  });
});
