/**
 * Snippet placeholders, read as data and never evaluated:
 *   {{customer.name}} {{agent.name}} {{console}} {{date}}  — from the adapter's context
 *   {{cursor}}                                             — where the caret ends up
 *   {{input:Order number}}                                 — a fill-in prompt
 *   {{choice:refund|replacement}}                          — pick one
 * Anything else in double braces is asked for as a fill-in, so a raw
 * placeholder never reaches the customer.
 */

export type ContextKey = 'customer.name' | 'agent.name' | 'console' | 'date';
export const contextKeys: readonly ContextKey[] = ['customer.name', 'agent.name', 'console', 'date'];

export type Part =
  | { kind: 'text'; text: string }
  | { kind: 'context'; key: ContextKey }
  | { kind: 'cursor' }
  | { kind: 'input'; label: string }
  | { kind: 'choice'; label: string; options: string[] };

export type InsertContext = Partial<Record<Exclude<ContextKey, 'date'>, string>> & {
  /** Today's date as the agent's locale writes it; filled in by formatDate when absent. */
  date?: string;
};

/** One question the sidebar asks before inserting. `id` is the answer's key. */
/** `context`: the console value this prompt stands in for, so the form can name it in the UI language. */
export type Prompt = { id: string; kind: 'input'; label: string; context?: ContextKey } | { id: string; kind: 'choice'; label: string; options: string[] };

const PLACEHOLDER = /\{\{\s*([^{}]{1,200}?)\s*\}\}/g;
const MAX_OPTIONS = 20;

const contextLabels: Record<ContextKey, string> = {
  'customer.name': 'Customer name',
  'agent.name': 'Your name',
  console: 'Console',
  date: 'Date',
};

function readPlaceholder(inner: string): Part {
  const lower = inner.toLowerCase();
  if ((contextKeys as readonly string[]).includes(lower)) return { kind: 'context', key: lower as ContextKey };
  if (lower === 'cursor') return { kind: 'cursor' };
  const colon = inner.indexOf(':');
  const head = colon < 0 ? '' : inner.slice(0, colon).trim().toLowerCase();
  const rest = colon < 0 ? '' : inner.slice(colon + 1).trim();
  if (head === 'input' && rest) return { kind: 'input', label: rest };
  if (head === 'choice') {
    const options = [...new Set(rest.split('|').map((o) => o.trim()).filter(Boolean))].slice(0, MAX_OPTIONS);
    if (options.length > 0) return { kind: 'choice', label: options.join(' / '), options };
  }
  return { kind: 'input', label: inner };
}

/** Whether the text asks anything before it can be inserted as it stands. */
export const hasFillIns = (text: string): boolean => parseTemplate(text).some((part) => part.kind !== 'text');

export function parseTemplate(body: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of body.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ kind: 'text', text: body.slice(last, match.index) });
    parts.push(readPlaceholder(match[1]!));
    last = match.index + match[0].length;
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) });
  return parts;
}

const promptId = (part: Part): string | undefined => {
  if (part.kind === 'input') return `input:${part.label}`;
  if (part.kind === 'choice') return `choice:${part.options.join('|')}`;
  if (part.kind === 'context') return `context:${part.key}`;
  return undefined;
};

const known = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The questions to ask, once each, in order: fill-ins, choices, and context values the console did not give. */
export function promptsFor(parts: Part[], context: InsertContext): Prompt[] {
  const prompts = new Map<string, Prompt>();
  for (const part of parts) {
    const id = promptId(part);
    if (!id || prompts.has(id)) continue;
    if (part.kind === 'input') prompts.set(id, { id, kind: 'input', label: part.label });
    if (part.kind === 'choice') prompts.set(id, { id, kind: 'choice', label: part.label, options: part.options });
    if (part.kind === 'context' && part.key !== 'date' && !known(context[part.key])) {
      prompts.set(id, { id, kind: 'input', label: contextLabels[part.key], context: part.key });
    }
  }
  return [...prompts.values()];
}

export function formatDate(at: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(at);
}

export interface Filled {
  text: string;
  /** Where the caret goes ({{cursor}}), as an offset into `text`; the end when absent. */
  cursor?: number;
}

/**
 * Produces the text to insert. Throws, naming the question, if an answer is
 * missing: the caller asks first (promptsFor), so this is a programming error.
 */
export function fillTemplate(parts: Part[], context: InsertContext, answers: Record<string, string>, now = new Date()): Filled {
  let text = '';
  let cursor: number | undefined;
  for (const part of parts) {
    if (part.kind === 'text') text += part.text;
    else if (part.kind === 'cursor') cursor ??= text.length;
    else if (part.kind === 'context' && part.key === 'date') text += known(context.date) ? context.date : formatDate(now);
    else {
      const id = promptId(part)!;
      const fromContext = part.kind === 'context' ? context[part.key] : undefined;
      const value = known(fromContext) ? fromContext : answers[id];
      if (!known(value)) throw new Error(`No value for "${part.kind === 'context' ? contextLabels[part.key] : part.label}"`);
      if (part.kind === 'choice' && !part.options.includes(value)) throw new Error(`"${value}" is not one of ${part.options.join(', ')}`);
      text += value;
    }
  }
  return cursor === undefined ? { text } : { text, cursor };
}
