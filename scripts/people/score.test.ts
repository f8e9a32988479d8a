import { describe, expect, it } from 'vitest';
import { evaluate, parseLines, sameDue } from './score';

describe('people evaluation', () => {
  it('compares due words without their framing prepositions, and nothing else', () => {
    expect(sameDue('by Friday', 'Friday')).toBe(true);
    expect(sameDue('在24小时内', '24小时内')).toBe(true);
    expect(sameDue('tomorrow', 'tomorrow afternoon')).toBe(false);
  });

  it('counts precision and recall over labelled lines and names each mistake', () => {
    const lines = parseLines(
      [
        '{"id":"a1","lang":"en","role":"agent","text":"I\'ll call you back tomorrow.","promise":true,"due":"tomorrow"}',
        '{"id":"a2","lang":"en","role":"agent","text":"Let me check.","promise":false,"due":null}',
        '{"id":"a3","lang":"en","role":"agent","text":"Sure.","promise":true,"due":null}',
        '{"id":"c1","lang":"en","role":"customer","text":"Thanks for nothing.","thanks":true}',
      ].join('\n'),
      'inline',
    );
    const result = evaluate(lines);
    expect(result.promise).toMatchObject({ n: 3, positives: 2, truePositives: 1, falsePositives: 0, precision: 1, recall: 0.5 });
    expect(result.due).toMatchObject({ positives: 1, truePositives: 1 });
    expect(result.thanks).toMatchObject({ positives: 1, truePositives: 0, recall: 0 });
    expect(result.mistakes.map((m) => m.id)).toEqual(['a3', 'c1']);
  });

  it('names the line that is not a labelled line', () => {
    expect(() => parseLines('{"id":"x","role":"agent","text":"hi"}', 'f.jsonl')).toThrow(/^f\.jsonl:1:/);
  });
});
