import { describe, expect, it } from 'vitest';
import { analyzeLine } from './jsonl';

describe('analyze CLI line handler', () => {
  it('writes id, lang, signals that fired and suggestions for a customer line', () => {
    const result = analyzeLine(JSON.stringify({ id: 'c1', text: '還是沒解決！第三次了', role: 'customer' }), 1);
    expect(result).toMatchObject({ id: 'c1', lang: 'zh-Hant' });
    if ('error' in result) throw new Error(result.error);
    expect(result.signals.map((s) => s.kind)).toContain('repeat_contact');
    expect(result.signals.every((s) => s.score > 0 && s.evidence.length > 0)).toBe(true);
    expect(result.suggestions.length).toBeGreaterThanOrEqual(2);
  });

  it('reports escalating for an agent line with the warning as suggestion', () => {
    const result = analyzeLine(JSON.stringify({ id: 'a1', text: 'Calm down please.', role: 'agent' }), 2);
    expect(result).toMatchObject({ id: 'a1', lang: 'en', signals: [{ kind: 'escalating', score: 1, evidence: [[0, 9]] }] });
  });

  it('turns bad lines into error lines naming the line and the field', () => {
    expect(analyzeLine('{oops', 3)).toMatchObject({ line: 3, error: expect.stringMatching(/^line 3: not valid JSON/) });
    expect(analyzeLine('[1]', 4)).toMatchObject({ line: 4, error: expect.stringContaining('expected a JSON object') });
    expect(analyzeLine('{"id":"x","text":"hi","role":"bot"}', 5)).toEqual({ line: 5, id: 'x', error: 'line 5: "role" must be "customer" or "agent", got "bot"' });
    expect(analyzeLine('{"text":"hi","role":"agent"}', 6)).toEqual({ line: 6, error: 'line 6: "id" must be a string, missing' });
  });
});
