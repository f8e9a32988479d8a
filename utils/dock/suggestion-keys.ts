import { settingsItem, type SuggestionModifier } from '../storage';

/**
 * Alt+1 … Alt+4 (or the modifier the agent chose) pressed while typing in the
 * console: the sidebar inserts suggestion N. Only trusted key presses count,
 * and never during IME composition.
 */
export function watchSuggestionKeys(signal: AbortSignal, onSuggestion: (index: number) => void): void {
  let modifier: SuggestionModifier = 'Alt';
  void settingsItem.getValue().then((s) => (modifier = s.suggestionModifier ?? 'Alt'));
  const unwatch = settingsItem.watch((s) => (modifier = s?.suggestionModifier ?? 'Alt'));
  signal.addEventListener('abort', unwatch);

  window.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.isComposing) return;
      const digit = /^Digit([1-4])$/.exec(event.code)?.[1];
      if (!digit || !matchesModifier(event, modifier)) return;
      event.preventDefault();
      event.stopPropagation();
      onSuggestion(Number(digit) - 1);
    },
    { capture: true, signal },
  );
}

export function matchesModifier(event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>, modifier: SuggestionModifier): boolean {
  const wanted = { alt: true, shift: modifier === 'Alt+Shift', ctrl: modifier === 'Ctrl+Alt' };
  return event.altKey === wanted.alt && event.shiftKey === wanted.shift && event.ctrlKey === wanted.ctrl && !event.metaKey;
}
