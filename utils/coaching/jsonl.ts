import { createConversationCoach } from './coach';
import { checkDraft } from './draft';
import { detectLang } from './engine-data';
import type { DraftWarning, Lang, Phrasing, Signal, Suggestion } from './types';

/** One output line of the analyze CLI. */
export type AnalyzeLineResult =
  | { id: string; lang: Lang; signals: Signal[]; suggestions: (Suggestion | DraftWarning)[] }
  | { line: number; id?: string; error: string };

function describe(value: unknown): string {
  return value === undefined ? 'missing' : `got ${JSON.stringify(value)?.slice(0, 40)}`;
}

/**
 * Handles one JSONL input line `{"id", "text", "role": "customer" | "agent"}`.
 * Each customer line is coached as the first message of its own conversation;
 * agent lines are checked as drafts. Bad lines become an error result naming
 * the line and the field.
 */
export function analyzeLine(line: string, lineNumber: number, extraPhrasings: readonly Phrasing[] = []): AnalyzeLineResult {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return { line: lineNumber, error: `line ${lineNumber}: not valid JSON (${(error as Error).message})` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { line: lineNumber, error: `line ${lineNumber}: expected a JSON object with id, text and role` };
  const { id, text, role } = input as Record<string, unknown>;
  const idText = typeof id === 'string' ? id : undefined;
  const fail = (error: string) => ({ line: lineNumber, ...(idText === undefined ? {} : { id: idText }), error: `line ${lineNumber}: ${error}` });
  if (typeof id !== 'string') return fail(`"id" must be a string, ${describe(id)}`);
  if (typeof text !== 'string') return fail(`"text" must be a string, ${describe(text)}`);
  if (role !== 'customer' && role !== 'agent') return fail(`"role" must be "customer" or "agent", ${describe(role)}`);

  if (role === 'agent') {
    const warnings = checkDraft(text);
    const signals: Signal[] = warnings.length ? [{ kind: 'escalating', score: 1, evidence: warnings.map((w) => [w.start, w.end]) }] : [];
    return { id, lang: detectLang(text), signals, suggestions: warnings };
  }
  const update = createConversationCoach({ extraPhrasings }).observe({ author: 'customer', text })!;
  return { id, lang: update.lang, signals: update.signals, suggestions: update.suggestions };
}
