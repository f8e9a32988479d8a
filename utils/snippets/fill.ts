import type { Snippet } from '../db/schema';
import { fillTemplate, parseTemplate, type Filled, type InsertContext } from './placeholders';
import { mapStyledText, parseLightMarkup, plainOffsetOf, richToPlainText, type Block, type StyledText } from './rich-text';

export interface FilledSnippet extends Filled {
  /** For a snippet with simple formatting: the filled blocks, from which the console builds its HTML. */
  blocks?: Block[];
}

/**
 * The text (and, with simple formatting, the blocks) a snippet inserts.
 * Markup is read first and placeholders are filled per span afterwards, so a
 * value from the console or the agent is always text, never markup.
 * Throws like fillTemplate when an answer is missing.
 */
export function fillSnippet(snippet: Pick<Snippet, 'body' | 'format'>, context: InsertContext, answers: Record<string, string>, now = new Date()): FilledSnippet {
  if (snippet.format !== 'light') return fillTemplate(parseTemplate(snippet.body), context, answers, now);
  let caret: { span: StyledText; offset: number } | undefined;
  const blocks = mapStyledText(parseLightMarkup(snippet.body), (span) => {
    const filled = fillTemplate(parseTemplate(span.text), context, answers, now);
    const next = { ...span, text: filled.text };
    if (filled.cursor !== undefined) caret ??= { span: next, offset: filled.cursor };
    return next;
  });
  const text = richToPlainText(blocks);
  const start = caret && plainOffsetOf(blocks, caret.span);
  return start === undefined ? { text, blocks } : { text, blocks, cursor: start + caret!.offset };
}
