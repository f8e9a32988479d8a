import * as v from 'valibot';
import { detectPromise } from '../../utils/people/promises';
import { detectThanks } from '../../utils/people/thanks';

/** One labelled line: an agent's message (a promise? when?) or a customer's (genuine thanks?). */
export const labelledLineSchema = v.variant('role', [
  v.object({ id: v.string(), lang: v.string(), role: v.literal('agent'), text: v.string(), promise: v.boolean(), due: v.nullable(v.string()) }),
  v.object({ id: v.string(), lang: v.string(), role: v.literal('customer'), text: v.string(), thanks: v.boolean() }),
]);
export type LabelledLine = v.InferOutput<typeof labelledLineSchema>;

export interface Score {
  n: number;
  positives: number;
  truePositives: number;
  falsePositives: number;
  precision: number;
  recall: number;
}

const score = (n: number, positives: number, truePositives: number, predicted: number): Score => ({
  n,
  positives,
  truePositives,
  falsePositives: predicted - truePositives,
  precision: predicted === 0 ? 1 : truePositives / predicted,
  recall: positives === 0 ? 1 : truePositives / positives,
});

/**
 * The stated time, compared without case, spacing and the little words that
 * frame it (by, within, on, at; 在, 于): "by Friday" and "Friday" name the same
 * time, and which of them a labeller marks is a matter of taste.
 */
export function sameDue(found: string, gold: string): boolean {
  const bare = (s: string) =>
    s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/^(?:by|before|within|on|at|in|until|no later than|around)\s+/, '').replace(/^[在于於]/, '');
  return bare(found) === bare(gold);
}

export interface Mistake {
  id: string;
  text: string;
  task: 'promise' | 'due' | 'thanks';
  expected: string;
  got: string;
}

/** Fixed message time for the due words (the words, not the timestamp, are scored). */
const AT = new Date(2026, 11, 3, 10, 0).getTime();

export function evaluate(lines: readonly LabelledLine[]): { promise: Score; due: Score; thanks: Score; mistakes: Mistake[] } {
  const mistakes: Mistake[] = [];
  let agents = 0, promises = 0, promiseHits = 0, promisePredicted = 0;
  let dues = 0, dueHits = 0, duePredicted = 0;
  let customers = 0, thanks = 0, thanksHits = 0, thanksPredicted = 0;
  for (const line of lines) {
    if (line.role === 'agent') {
      agents++;
      const found = detectPromise(line.text, AT);
      if (line.promise) promises++;
      if (found) promisePredicted++;
      if (found && line.promise) promiseHits++;
      if (Boolean(found) !== line.promise) mistakes.push({ id: line.id, text: line.text, task: 'promise', expected: String(line.promise), got: found?.sentence ?? 'none' });
      // Due words are scored on the promises both agree on, so a missed promise is not counted twice.
      if (found && line.promise) {
        if (line.due !== null) dues++;
        if (found.due) duePredicted++;
        const right = found.due !== undefined && line.due !== null && sameDue(found.due.text, line.due);
        if (right) dueHits++;
        if (!right && (found.due || line.due !== null)) mistakes.push({ id: line.id, text: line.text, task: 'due', expected: line.due ?? 'none', got: found.due?.text ?? 'none' });
      }
    } else {
      customers++;
      const found = detectThanks(line.text);
      if (line.thanks) thanks++;
      if (found) thanksPredicted++;
      if (found && line.thanks) thanksHits++;
      if (Boolean(found) !== line.thanks) mistakes.push({ id: line.id, text: line.text, task: 'thanks', expected: String(line.thanks), got: found?.words ?? 'none' });
    }
  }
  return {
    promise: score(agents, promises, promiseHits, promisePredicted),
    due: score(promiseHits, dues, dueHits, duePredicted),
    thanks: score(customers, thanks, thanksHits, thanksPredicted),
    mistakes,
  };
}

/** Reads a JSONL file's text; a line that is not a labelled line is an error naming its number. */
export function parseLines(text: string, file: string): LabelledLine[] {
  return text
    .split('\n')
    .map((raw, i) => [raw.trim(), i + 1] as const)
    .filter(([raw]) => raw !== '')
    .map(([raw, number]) => {
      const parsed = v.safeParse(labelledLineSchema, JSON.parse(raw));
      if (!parsed.success) throw new Error(`${file}:${number}: ${parsed.issues[0]?.message ?? 'not a labelled line'}`);
      return parsed.output;
    });
}
