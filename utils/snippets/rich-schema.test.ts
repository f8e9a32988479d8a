import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { richBlocksSchema } from './rich-schema';
import { parseLightMarkup } from './rich-text';

describe('richBlocksSchema (the sidebar → console message)', () => {
  it('accepts what the parser makes', () => {
    const blocks = parseLightMarkup('**Hi** [us](mailto:a@example.com)\n- one');
    expect(v.parse(richBlocksSchema, blocks)).toEqual(blocks);
  });

  it('refuses unsafe links, HTML-shaped fields, unknown keys and oversized text', () => {
    const refuse = (input: unknown) => expect(v.safeParse(richBlocksSchema, input).success).toBe(false);
    refuse([{ kind: 'paragraph', lines: [[{ text: 'x', href: 'javascript:alert(1)' }]] }]);
    refuse([{ kind: 'paragraph', lines: [[{ text: 'x', href: 'https://a.example/"><script>' }]] }]);
    refuse([{ kind: 'paragraph', lines: [[{ text: 'x', html: '<b>x</b>' }]] }]);
    refuse([{ kind: 'table', rows: [] }]);
    refuse([{ kind: 'paragraph', lines: [[{ text: 'x', bold: 'yes' }]] }]);
    refuse([{ kind: 'paragraph', lines: Array.from({ length: 3 }, () => [{ text: 'x'.repeat(40_000) }]) }]);
  });
});
