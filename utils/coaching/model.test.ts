import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packRows, unpackRows, unpackSparseRows } from './model';

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
