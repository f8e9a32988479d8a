import { describe, expect, it } from 'vitest';
import { createConversationCoach } from './coach';
import { builtInPhrasings, isWholePhrasing } from './phrasings';
import { CUSTOMER_KINDS, type CustomerKind, type Lang, type Stage } from './types';

const LANGS: Lang[] = ['en', 'zh-Hans', 'zh-Hant'];
const STAGES: Stage[] = ['acknowledge', 'solve'];
const STATES = CUSTOMER_KINDS.filter((k): k is Exclude<CustomerKind, 'crisis'> => k !== 'crisis');

describe('built-in phrasings', () => {
  it('offers at least five distinct whole sentences per state, stage and language', () => {
    for (const state of STATES)
      for (const stage of STAGES)
        for (const lang of LANGS) {
          const texts = builtInPhrasings(state, stage, lang).map((p) => p.text);
          expect(new Set(texts).size, `${state}/${stage}/${lang}`).toBeGreaterThanOrEqual(5);
          for (const text of texts) expect(isWholePhrasing(text), `${state}/${stage}/${lang}: ${text}`).toBe(true);
        }
  });

  it('keeps Traditional lines in Traditional script', () => {
    // Characters whose Simplified form differs and that these lines use: a 简体 form in a 繁體 line is a slip.
    const simplifiedOnly = /[这说问题为们时间处应该让谢样际觉顾从发体帐户账后来会当里认]/u;
    for (const state of STATES) for (const stage of STAGES) for (const { text } of builtInPhrasings(state, stage, 'zh-Hant')) expect(text).not.toMatch(simplifiedOnly);
  });
});

describe('isWholePhrasing', () => {
  it('takes sentences, including ones with explicit fill-ins', () => {
    for (const text of ['I hear you.', 'Is that right?', '我明白。', '您好！', 'He said "fine."', 'In short: {{input:Summary}}. Shall I walk you through it?', '最快的办法是{{input:办法}}，您同意的话我马上开始。'])
      expect(isWholePhrasing(text), text).toBe(true);
  });
  it('refuses fragments the agent would have to finish', () => {
    for (const text of ["Here's what I'm going to do right now:", "I'll update you myself by", '我会在……之前亲自回复您。', '接下来会这样处理，时间是：', 'Let me see...', 'Hi {{customer.name}}.', 'Ref {{choice:a|b}}.', '', '   '])
      expect(isWholePhrasing(text), text).toBe(false);
  });
});

describe('the coach rotates phrasings', () => {
  it('does not repeat an acknowledgement until every one has been offered', () => {
    const coach = createConversationCoach();
    const seen: string[] = [];
    for (let i = 0; i < 2; i++) {
      const update = coach.observe({ author: 'customer', text: 'This is ridiculous, I am furious with your useless service!!' })!;
      seen.push(...update.suggestions.filter((s) => s.state === 'anger' && s.stage === 'acknowledge').map((s) => s.text));
    }
    expect(seen.length).toBe(4);
    expect(new Set(seen).size).toBe(4);
  });
});
