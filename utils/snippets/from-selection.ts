import * as v from 'valibot';
import type { SnippetDraft } from '../db/schema';
import { snippetDraftSchema } from './schema';

const TITLE_LENGTH = 60;

/**
 * Turns selected page text into a snippet draft: the first line, shortened,
 * becomes the title; the text, with trailing spaces trimmed per line, the
 * body. Returns the reason instead when the text cannot be a snippet.
 */
export function draftFromSelection(selection: string): { draft: SnippetDraft } | { problem: string } {
  const body = selection.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  const firstLine = body.split('\n', 1)[0]!.trim();
  const title = firstLine.length > TITLE_LENGTH ? `${firstLine.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : firstLine;
  const parsed = v.safeParse(snippetDraftSchema, { title, body });
  if (!parsed.success) return { problem: parsed.issues[0].message };
  return { draft: parsed.output };
}
