import { computed, signal } from '@preact/signals';
import type { Snippet } from '../db/schema';
import { request } from '../protocol/client';
import { fillSnippet, type FilledSnippet } from '../snippets/fill';
import { parseTemplate, promptsFor, type InsertContext, type Part, type Prompt } from '../snippets/placeholders';
import { createSnippetIndex } from '../snippets/search';

export const PICKER_RESULTS = 8;
/** The source of a coaching phrasing being filled in: not a library snippet. */
const SUGGESTION_SOURCE = 'coaching';

/**
 * The sidebar's snippet picker: an in-memory copy of the library (the
 * embedded sidebar cannot open IndexedDB), refreshed when the Port says the
 * snippets table changed; a filter; and, for a snippet with fill-ins, the
 * questions to ask before it is inserted.
 */
export function createPickerModel(load: () => Promise<Snippet[]> = () => request('snippets.list', {})) {
  const snippets = signal<Snippet[]>([], { name: 'picker.snippets' });
  const query = signal('', { name: 'picker.query' });
  const active = signal(0, { name: 'picker.active' });
  /** The snippet being filled in, with its questions and the answers so far. */
  const filling = signal<{ snippet: Snippet; parts: Part[]; prompts: Prompt[]; answers: Record<string, string> } | undefined>(undefined, { name: 'picker.filling' });
  const error = signal<string | undefined>(undefined, { name: 'picker.error' });

  const index = computed(() => createSnippetIndex(snippets.value));
  const results = computed(() => index.value.search(query.value, PICKER_RESULTS).map((hit) => hit.item));

  async function refresh(): Promise<void> {
    try {
      snippets.value = await load();
      error.value = undefined;
    } catch (cause) {
      error.value = (cause as Error).message;
    }
  }

  /** Call with the tables of each data.changed notice ('*' after reconnecting). */
  function onDataChanged(tables: string[]): void {
    if (tables.includes('snippets') || tables.includes('*')) void refresh();
  }

  function setQuery(value: string): void {
    query.value = value;
    active.value = 0;
  }

  function move(by: number): void {
    const count = results.value.length;
    if (count > 0) active.value = (active.value + by + count) % count;
  }

  /** Starts inserting: returns the text at once when nothing needs asking, else opens the fill-in form. */
  function choose(snippet: Snippet, context: InsertContext): FilledSnippet | undefined {
    const parts = parseTemplate(snippet.body);
    const prompts = promptsFor(parts, context);
    if (prompts.length === 0) return fillSnippet(snippet, context, {});
    const answers = Object.fromEntries(prompts.filter((p) => p.kind === 'choice').map((p) => [p.id, p.kind === 'choice' ? p.options[0]! : '']));
    filling.value = { snippet, parts, prompts, answers };
    return undefined;
  }

  /** Called once the phrasing being filled in goes in: its outcome is recorded as a suggestion's, not a snippet's. */
  let suggestionInserted: (() => void) | undefined;
  /**
   * A coaching phrasing with fill-ins goes through the same form as a snippet;
   * it is not in the library, so its use is not counted as a snippet's.
   */
  function chooseSuggestion(text: string, context: InsertContext, onInserted: () => void): FilledSnippet | undefined {
    const now = Date.now();
    const phrasing: Snippet = { id: `suggestion:${text}`, title: text, body: text, tags: [], lang: 'any', states: [], source: SUGGESTION_SOURCE, createdAt: now, updatedAt: now, usedCount: 0 };
    const filled = choose(phrasing, context);
    suggestionInserted = filled ? undefined : onInserted;
    return filled;
  }

  function answer(id: string, value: string): void {
    if (filling.value) filling.value = { ...filling.value, answers: { ...filling.value.answers, [id]: value } };
  }

  /** The first unanswered question, if any. */
  const missing = computed(() => filling.value?.prompts.find((p) => !(filling.value!.answers[p.id] ?? '').trim()));

  function finish(context: InsertContext): FilledSnippet | undefined {
    const current = filling.value;
    if (!current || missing.value) return undefined;
    const filled = fillSnippet(current.snippet, context, current.answers);
    filling.value = undefined;
    return filled;
  }

  function cancel(): void {
    filling.value = undefined;
    suggestionInserted = undefined;
  }

  /** Usage counts and last-used feed the ranking; a failure here must not block the agent. */
  function recordUse(snippet: Snippet, conversation?: { conversationKey: string; temperature: number }): void {
    if (snippet.source === SUGGESTION_SOURCE) {
      suggestionInserted?.();
      suggestionInserted = undefined;
      return;
    }
    void request('snippets.used', { id: snippet.id, ...(conversation ? { conversation } : {}) }).catch(() => undefined);
  }

  return { snippets, query, active, filling, error, results, missing, refresh, onDataChanged, setQuery, move, choose, chooseSuggestion, answer, finish, cancel, recordUse };
}

export type PickerModel = ReturnType<typeof createPickerModel>;
