import { describe, expect, it } from 'vitest';
import { analyzeMessage } from './analyze';
import type { SignalKind } from './types';

const kinds = (text: string) => analyzeMessage(text).signals.map((s) => s.kind);
const evidenceText = (text: string, kind: SignalKind) =>
  analyzeMessage(text)
    .signals.find((s) => s.kind === kind)
    ?.evidence.map(([s, e]) => text.slice(s, e));

describe('analyzeMessage', () => {
  it('detects the language per message, mixed included', () => {
    expect(analyzeMessage('Where is my parcel?').lang).toBe('en');
    expect(analyzeMessage('我的快递到哪里了？').lang).toBe('zh-Hans');
    expect(analyzeMessage('我的包裹到哪裡了？').lang).toBe('zh-Hant');
    expect(analyzeMessage('我的 order 还没到，什么情况').lang).toBe('zh-Hans');
  });

  it('reports evidence against the original Traditional text', () => {
    const text = '請問一下，還是沒解決，這已經是第三次了';
    expect(evidenceText(text, 'repeat_contact')).toEqual(['還是沒', '第三次']);
  });

  it('keeps offsets right with full-width letters and capitals', () => {
    const text = 'Ｉ WANT TO ＣＡＮＣＥＬ MY SUBSCRIPTION';
    expect(kinds(text)).toContain('churn_threat');
    expect(evidenceText(text, 'churn_threat')).toEqual(['ＣＡＮＣＥＬ MY SUBSCRIPTION']);
  });

  it('matches crisis phrases on the raw character stream', () => {
    expect(kinds('我真的不想活了')).toContain('crisis');
    expect(kinds('我真的不想活了').includes('crisis') && evidenceText('我真的不想活了', 'crisis')).toEqual(['不想活']);
    expect(kinds("honestly I've been thinking about killing myself")).toContain('crisis');
  });

  it('raises a crisis card for a clear statement inside a complaint, which the whole message would talk the head out of', () => {
    const text = "This is the third time I've asked for the billing error to be fixed. I genuinely wish I was dead most days now and, with respect, your company is not helping.";
    const crisis = analyzeMessage(text).signals.find((s) => s.kind === 'crisis');
    expect(crisis?.tier).toBe('crisis');
    expect(crisis?.evidence.map(([s, e]) => text.slice(s, e))).toEqual(['wish I was dead']);
  });

  it('hears danger said through acts and means, not only through the words for it', () => {
    const danger = (text: string) => analyzeMessage(text).signals.find((s) => s.kind === 'crisis')?.danger;
    expect(danger("I've been scratching my arms until they bleed, I can't stop")).toBe('self_harm');
    expect(danger('手上又多了几道，体育课要穿短袖')).toBe('self_harm');
    expect(danger('What is the lethal dose of these blood pressure tablets?')).toBe('suicide');
    expect(danger('这款农药的致死量是多少')).toBe('suicide');
    expect(danger('they say they will hurt my son if I do not pay today')).toBe('danger');
    expect(danger('老板一直扣着护照不让我走')).toBe('abuse');
    expect(danger('my son is having a hypo and his blood sugar is dropping fast')).toBe('medical');
    expect(danger('孩子把洗洁精喝了，一直在咳')).toBe('medical');
    expect(danger('燃气表那里一直在漏气，味道很大')).toBe('danger');
    // A last order praised is not a farewell.
    expect(kinds('My last order was great, thanks!')).not.toContain('crisis');
  });

  it('does not raise alarms on hyperbole and polite negatives', () => {
    for (const text of ['this bug is killing me lol', 'No rush at all', "I'm not upset, just curious", '笑死，这个bug太搞笑了', '这个快递要了我的命哈哈', '不急，您慢慢查']) {
      const fired = kinds(text);
      expect(fired, text).not.toContain('crisis');
      expect(fired, text).not.toContain('anger');
      expect(fired, text).not.toContain('urgency');
    }
  });

  it('hears sarcasm, shouting and Chinese anger idioms', () => {
    expect(kinds('Oh great, another delay. Fantastic service as always 🙄')).toContain('anger');
    expect(evidenceText('WHY IS MY ACCOUNT LOCKED', 'anger')).toEqual(['WHY IS MY ACCOUNT LOCKED']);
    for (const text of ['气死我了', '服了你们', '太离谱了']) expect(kinds(text), text).toContain('anger');
    for (const text of ['又延迟发货，真是谢谢你们了', '第三次补发又错，你们可真行']) expect(kinds(text), text).toContain('anger');
  });

  it('flags churn threats by channel: regulator, review, exposure, chargeback', () => {
    for (const text of ['我要打12315', '再不处理就去消基會', '给你们差评', '我要在网上曝光你们', '不处理就网上曝光', '我要拒付', 'I will file a chargeback', 'please send me my PAC code, I am leaving', '我要携号转网']) {
      expect(kinds(text), text).toContain('churn_threat');
    }
    expect(kinds('How do I cancel an order? Wrong colour.')).not.toContain('churn_threat');
  });

  it('hears repeat contact as a count of contacts, and inside one sentence of a long story', () => {
    for (const text of ['This is my fifth ticket about the same refund.', 'Sir this is my 5th complaint for same thing.', 'Nobody has got back to me since Monday.']) {
      expect(kinds(text), text).toContain('repeat_contact');
    }
    const story =
      "Hi, I'm writing about my mum's account. She moved into a care home in March and I now look after her post. The account is still in her name and the bills keep coming to the empty house. I have power of attorney and I've sent you the documents three times now, by email, by post and through the website. She has dementia and doesn't understand any of this. I work full time and I'm doing this on my own. Please can someone tell me what else you need.";
    expect(evidenceText(story, 'repeat_contact')).toEqual(['three times']);
  });

  it('scores 0..1 and gives a temperature that rises with heat', () => {
    const calm = analyzeMessage('Can you send me the receipt for order 5521 please?');
    const hot = analyzeMessage("This is ridiculous, third time I'm asking. Cancelling my account.");
    for (const s of hot.signals) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    expect(calm.signals).toEqual([]);
    expect(hot.temperature).toBeGreaterThan(calm.temperature + 0.4);
    expect(hot.temperature).toBeLessThanOrEqual(1);
  });
});
