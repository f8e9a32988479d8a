import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachFeature } from './features';
import { createModel, DAMP_AFTER, nextSentenceEnd, sentenceAround, packRows, POOLED_HEADS, unpackRows, unpackSparseRows, type ModelWeights } from './model';

describe('the weights rows format', () => {
  const bits = 6;
  const tables = fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.tuple(fc.nat((1 << bits) - 1), fc.nat(8), fc.integer({ min: -128, max: 127 })), { maxLength: 120 }))
    .map(([width, cells]) => {
      const table = new Int8Array((1 << bits) * width);
      for (const [bucket, head, value] of cells) table[bucket * width + (head % width)] = value;
      return { width, table };
    });

  it('unpacks to the table that was packed, densely and as rows for the stored buckets only', () => {
    fc.assert(
      fc.property(tables, ({ width, table }) => {
        const data = Buffer.from(packRows(table, width)).toString('base64');
        expect(unpackRows(data, bits, width)).toEqual(table);
        const { rowOf, table: rows } = unpackSparseRows(data, bits, width);
        let stored = 0;
        for (let bucket = 0; bucket < 1 << bits; bucket++) {
          const row = Array.from(rows.subarray(rowOf[bucket]! * width, rowOf[bucket]! * width + width));
          expect(row).toEqual(Array.from(table.subarray(bucket * width, bucket * width + width)));
          if (rowOf[bucket]) stored++;
          else expect(row.every((q) => q === 0)).toBe(true);
        }
        // Row 0 is the shared all-zero row; every other row belongs to exactly one bucket that has a weight.
        expect(rows.length / width).toBe(stored + 1);
        expect(Array.from(rows.subarray(0, width)).every((q) => q === 0)).toBe(true);
      }),
    );
  });
});

describe('sentence pooling', () => {
  const bits = 16;
  const [pooled] = POOLED_HEADS;
  const other = 'anger';
  /** One word that weighs for both heads; every other feature weighs nothing. */
  function weightsFor(word: string): ModelWeights {
    const heads = { [pooled!]: { bias: 0, scale: 0.005 }, [other]: { bias: 0, scale: 0.005 } };
    const table = new Int8Array((1 << bits) * 2);
    forEachFeature(word, bits, (bucket) => table.set([100, 100], bucket * 2));
    const pack = (t: Int8Array, width: number) => Buffer.from(packRows(t, width)).toString('base64');
    return { bits, heads, rows: pack(table, 2), lexicon: pack(new Int8Array(1 << bits), 1) };
  }
  const filler = Array.from({ length: 200 }, (_, i) => `w${i}x`).join(' ');

  it('ends a sentence after its closing punctuation or a line break, in either script', () => {
    expect(nextSentenceEnd('again. more', 0)).toBe(6);
    expect(nextSentenceEnd('又来了。还是', 0)).toBe(4);
    expect(nextSentenceEnd('one\ntwo', 0)).toBe(4);
    expect(nextSentenceEnd('no end', 2)).toBe(7);
  });

  it('finds the whole sentence around a span, in either script', () => {
    const text = 'third time. i wish i was dead most days! fix it';
    expect(sentenceAround(text, 14, 29)).toBe(' i wish i was dead most days!');
    expect(sentenceAround('又来了。我不想活了。还是', 5, 8)).toBe('我不想活了。');
    expect(sentenceAround('no end here', 3, 6)).toBe('no end here');
    expect(sentenceAround('a.b', 0, 1)).toBe('a.');
  });

  it('scores a pooled head by its best sentence in a long message, and the other heads by the whole', () => {
    const model = createModel(weightsFor('again'));
    const long = model.score(`again. ${filler}.`);
    const short = model.score('again.');
    expect(long[pooled!]!.probability).toBeCloseTo(short[pooled!]!.probability, 10);
    expect(long[other]!.probability).toBeLessThan(short[other]!.probability - 0.1);
  });

  it('leaves messages short enough not to be averaged as they were', () => {
    const model = createModel(weightsFor('again'));
    const words = Array.from({ length: DAMP_AFTER / 4 }, (_, i) => `w${i}x`).join(' ');
    const scores = model.score(`again. ${words}.`);
    expect(scores[pooled!]!.probability).toBeCloseTo(scores[other]!.probability, 10);
  });
});
