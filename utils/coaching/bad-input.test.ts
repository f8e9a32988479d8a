import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from './analyze';
import { createConversationCoach } from './coach';
import { checkDraft } from './draft';

// Timing (a 100 KB message in < 20 ms) is measured by scripts/coaching/bench.ts, not asserted here.
const CASES: Record<string, string> = {
  empty: '',
  whitespace: ' \t\n\r\u3000  ',
  '100 KB': 'I want to cancel. 我不想活了 還是沒解決 '.repeat(3500).slice(0, 100_000),
  'emoji only': '😡😡😡🤬🙏🏽👨‍👩‍👧',
  html: '<script>alert(1)</script><b onclick="x">CALM DOWN</b>&lt;p&gt;',
  'control characters': 'a\u0000b\u0007c\u001b[31mred\u007f\u200b\u202e',
  'lone surrogates': '\ud83d abc \ude21 def \ud800',
  'regex stress': '!'.repeat(20_000) + 'a '.repeat(20_000) + 'nobody would '.repeat(2000),
};

describe('bad input', () => {
  it.each(Object.entries(CASES))('%s: no exception, spans inside the text', (_name, text) => {
    const analysis = analyzeMessage(text);
    for (const s of analysis.signals) for (const [start, end] of s.evidence) expect(0 <= start && start < end && end <= text.length).toBe(true);
    expect(analysis.temperature).toBeGreaterThanOrEqual(0);
    for (const w of checkDraft(text)) expect(text.slice(w.start, w.end)).toBe(w.phrase);
    const coach = createConversationCoach();
    expect(() => coach.observe({ author: 'agent', text })).not.toThrow();
    expect(coach.observe({ author: 'customer', text })?.lang).toMatch(/^(en|zh-Hans|zh-Hant)$/);
  });

  it('empty and whitespace-only messages fire nothing', () => {
    expect(analyzeMessage('').signals).toEqual([]);
    expect(analyzeMessage(CASES.whitespace!).signals).toEqual([]);
  });

  it('non-string input from untyped callers is treated as empty', () => {
    expect(analyzeMessage(undefined as unknown as string).signals).toEqual([]);
    expect(checkDraft(42 as unknown as string)).toEqual([]);
  });

  it('any string: spans stay within bounds and evidence is stable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const a = analyzeMessage(text);
        for (const s of a.signals) for (const [start, end] of s.evidence) expect(0 <= start && start < end && end <= text.length).toBe(true);
        expect(analyzeMessage(text)).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });
});
