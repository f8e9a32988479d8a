import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSplit } from '@/scripts/coaching/corpus';
import { normalise } from './engine-data';
import { DRAFT_RULES } from './draft-rules';
import { ALL_REGEXES } from './message-features';
import { createMatcher, matchStarts } from './prefilter';
import { matchSpans } from './spans';

/** Written `\\bxy` when the start must also begin a word; sorted, as the order says nothing. */
const starts = (pattern: string) => matchStarts(pattern)?.map((s) => (s.wordStart ? `\\b${s.text}` : s.text)).sort();

describe('matchStarts', () => {
  it('gives the first characters (up to three) every match begins with', () => {
    expect(starts('\\bagain\\b')).toEqual(['\\baga']);
    expect(starts('(?<!恐)怕|担心')).toEqual(['怕', '担心']);
    expect(starts('!{2,}|\\?{2,}')).toEqual(['!!', '??']);
    expect(starts('\\bcancel(?:l?ing)? my')).toEqual(['\\bcan']);
    // Reached once without the \b, a start need not begin a word; a \b before a Han character says nothing of what comes before.
    expect(starts('\\bnot|not')).toEqual(['not']);
    expect(starts('\\b(?:12315|想死)')).toEqual(['\\b123', '想死']);
    expect(starts('a?b')).toEqual(['ab', 'b']);
    expect(starts('[得到]我?想死')).toEqual(['得我想', '得想死', '到我想', '到想死'].sort());
    expect(starts('第[二三\\d]+次')).toEqual([...[...'0123456789'].map((d) => `第${d}`), '第三', '第二'].sort());
    expect(starts('x*y')).toEqual(['x', 'y']);
    expect(starts('\\bi\\b[^.!?]{0,30}die')).toEqual(['\\bi', '\\bidi']);
  });

  it('gives up where a match could start with anything', () => {
    expect(starts('.{0,3}x')).toBeUndefined();
    expect(starts('[^.!?]y')).toBeUndefined();
    expect(starts('\\w+ing')).toBeUndefined();
    expect(starts('(?:a|)b|c?')).toBeUndefined();
  });
});

describe('createMatcher', () => {
  // The message rules as the engine compiles them, and the draft rules one by one.
  const regexes = [...ALL_REGEXES, ...DRAFT_RULES.map((rule) => new RegExp(rule.pattern, 'g'))];
  const matcher = createMatcher(regexes);
  const same = (text: string) => {
    matcher.prepare(text);
    regexes.forEach((re, k) => expect(matcher.spans(k), `${re.source.slice(0, 60)} on ${JSON.stringify(text.slice(0, 80))}`).toEqual(matchSpans(re, text)));
  };
  const lines = [...loadSplit('train'), ...loadSplit('calibration')].map((l) => normalise(l.text));

  it('finds exactly what a plain global scan of every rule regex finds, on every training and calibration line', () => {
    expect(regexes.length).toBeGreaterThan(60);
    // Line by line, and as long texts, so matches that meet at line boundaries are covered too.
    for (const line of lines) same(line);
    for (let i = 0; i < lines.length; i += 200) same(lines.slice(i, i + 200).join(' '));
  });

  it('finds the same on random splices of those lines with punctuation and stray characters', () => {
    const piece = fc.oneof(
      fc.tuple(fc.nat(lines.length - 1), fc.nat(60), fc.nat(40)).map(([l, from, len]) => lines[l]!.slice(from, from + len)),
      fc.constantFrom(' ', '.', '!', '?', '!!', '??', "'", '\n', '。', '又', '已经', 'i', 'me', ' i ', '-'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => same(pieces.join(''))), { numRuns: 2000 });
  });
});
