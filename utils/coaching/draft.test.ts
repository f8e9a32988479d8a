import { describe, expect, it } from 'vitest';
import { checkDraft } from './draft';

describe('checkDraft', () => {
  it('flags each escalating phrase with its span and an English alternative', () => {
    const draft = "Please calm down. As I already said, that's our policy.";
    const warnings = checkDraft(draft);
    expect(warnings.map((w) => w.phrase)).toEqual(['calm down', 'As I already said', "that's our policy"]);
    for (const w of warnings) {
      expect(draft.slice(w.start, w.end)).toBe(w.phrase);
      expect(w.alternative).toMatch(/^[\x20-\x7e]+$/);
      expect(w.why.length).toBeGreaterThan(0);
    }
  });

  it('answers a Simplified draft in Simplified and a Traditional draft in Traditional', () => {
    const [simplified] = checkDraft('你冷静一下，我在查');
    expect(simplified).toMatchObject({ start: 0, end: 5, phrase: '你冷静一下', alternative: '我很想帮您解决，我们一起来看怎么处理。' });
    const [traditional] = checkDraft('這是公司規定，我也沒辦法');
    expect(traditional?.phrase).toBe('這是公司規定');
    expect(traditional?.alternative).toContain('這樣規定的原因是');
    expect(checkDraft('这是公司规定', 'zh-Hant')[0]?.alternative).toContain('這樣規定');
  });

  it('leaves good phrasing alone', () => {
    for (const draft of ["I'm sorry this happened. Let me look into it now.", 'Our policy allows returns within 30 days, and I can extend it.', '非常抱歉给您带来麻烦，我马上帮您查一下', '根據規定七天內可以退貨，我幫您申請']) {
      expect(checkDraft(draft), draft).toEqual([]);
    }
  });

  it('does not report overlapping phrases twice', () => {
    expect(checkDraft('这个我没办法').length).toBe(1);
  });
});
