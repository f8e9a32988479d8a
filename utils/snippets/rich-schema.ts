import * as v from 'valibot';
import { isSafeHref, MAX_HREF, type Block } from './rich-text';
import { formatCount } from '../validation';

/**
 * Formatted snippet text as it travels from the sidebar to the console page:
 * structure and text only, never HTML (the content script writes the HTML
 * itself with richToHtml). Limits keep a bad message small to reject.
 */
const MAX_TEXT = 100_000;
const MAX_ITEMS = 5_000;

const spanSchema = v.strictObject({
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  bold: v.optional(v.literal(true)),
  italic: v.optional(v.literal(true)),
  href: v.optional(v.pipe(v.string(), v.maxLength(MAX_HREF), v.check(isSafeHref, 'links are https:, mailto: or tel: only'))),
});
const lineSchema = v.pipe(v.array(spanSchema), v.maxLength(MAX_ITEMS));
const linesSchema = v.pipe(v.array(lineSchema), v.maxLength(MAX_ITEMS));

const textLength = (blocks: Block[]) =>
  blocks.reduce((sum, block) => sum + (block.kind === 'paragraph' ? block.lines : block.items).reduce((n, line) => n + line.reduce((m, span) => m + span.text.length, 0), 0), 0);

export const richBlocksSchema = v.pipe(
  v.array(v.variant('kind', [v.strictObject({ kind: v.literal('paragraph'), lines: linesSchema }), v.strictObject({ kind: v.literal('list'), items: linesSchema })])),
  v.maxLength(MAX_ITEMS),
  v.check((blocks) => textLength(blocks) <= MAX_TEXT, `formatted text is longer than ${formatCount(MAX_TEXT)} characters`),
);
