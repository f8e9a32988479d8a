import type { ConsoleAdapter } from '../adapters/types';

/** Text of a composer, whichever kind it is, normalised (NBSP to space, no trailing newline). */
export function composerText(el: Element): string {
  const raw = el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el as HTMLElement).innerText ?? '';
  return raw.replace(/\u00a0/g, ' ').replace(/\n$/, '');
}

/**
 * Reports the agent's draft after input, paste and the end of an IME
 * composition, debounced; nothing is reported mid-composition.
 */
export function watchDraft(adapter: ConsoleAdapter, signal: AbortSignal, report: (text: string) => void, delay = 150) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  const schedule = (event: Event) => {
    if ((event as InputEvent).isComposing) return;
    const target = event.target instanceof Element ? event.target.closest(adapter.composer) : null;
    if (!target) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const text = composerText(target);
      if (text === last) return;
      last = text;
      report(text);
    }, delay);
  };
  for (const type of ['input', 'compositionend', 'paste']) document.addEventListener(type, schedule, { capture: true, signal });
  signal.addEventListener('abort', () => clearTimeout(timer));
}
