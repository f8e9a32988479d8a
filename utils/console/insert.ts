import type { ConsoleAdapter } from '../adapters/types';
import { composerText } from './draft';

export interface InsertOutcome {
  ok: boolean;
  method?: string;
  error?: string;
}

function findComposer(adapter: ConsoleAdapter): HTMLElement | null {
  return document.querySelector<HTMLElement>(adapter.composer);
}

/**
 * Inserts at the composer's caret (replacing a selection), then reads the
 * composer back: if the text did not land, the next technique is tried, and
 * as a last resort the text goes to the clipboard and the agent is told.
 * Never sends: the agent always sends.
 */
export async function insertIntoComposer(adapter: ConsoleAdapter, text: string): Promise<InsertOutcome> {
  const composer = findComposer(adapter);
  if (!composer) return { ok: false, error: 'The reply box was not found' };
  const before = composerText(composer);
  composer.focus();
  if (document.execCommand('insertText', false, text) && composerText(composer) !== before) return { ok: true, method: 'execCommand' };
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    composer.setRangeText(text, composer.selectionStart ?? composer.value.length, composer.selectionEnd ?? composer.value.length, 'end');
    composer.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    if (composerText(composer) !== before) return { ok: true, method: 'setRangeText' };
  }
  try {
    await navigator.clipboard.writeText(text);
    return { ok: false, method: 'clipboard', error: 'The reply box did not accept the text; it is on your clipboard instead' };
  } catch {
    return { ok: false, error: 'The reply box did not accept the text' };
  }
}

/** Swaps the first occurrence of a phrase in a textarea composer for a better one. */
export async function replaceInComposer(adapter: ConsoleAdapter, find: string, replacement: string): Promise<InsertOutcome> {
  const composer = findComposer(adapter);
  if (!(composer instanceof HTMLTextAreaElement)) return { ok: false, error: 'The reply box was not found' };
  const start = composer.value.indexOf(find);
  if (start < 0) return { ok: false, error: 'That phrase is no longer in the draft' };
  composer.setSelectionRange(start, start + find.length);
  return insertIntoComposer(adapter, replacement);
}
