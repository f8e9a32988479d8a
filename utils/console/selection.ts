import { editableOf, listenInComposerDocuments } from './composer';
import { activeElementOf, selectionOf } from './dom';
import type { ConsoleView } from './view';

const MAX_SELECTION = 20_000;
const SETTLE_MS = 120;

/** The composer's selected text, or undefined when the selection (or focus) is not in the composer. */
function selectedInComposer(composer: HTMLElement): string | undefined {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    if (activeElementOf(composer) !== composer) return undefined;
    return composer.value.slice(composer.selectionStart ?? 0, composer.selectionEnd ?? 0);
  }
  const editable = editableOf(composer);
  const selection = selectionOf(editable);
  if (!selection || selection.rangeCount === 0 || !editable.contains(selection.anchorNode)) return undefined;
  return selection.toString().replace(/\u00a0/g, ' ');
}

/**
 * Tells the sidebar what the agent selected in the composer, for "Save
 * selection as snippet". Only selections inside the composer count; moving
 * focus away (to the sidebar's button, say) keeps the last one, as the caret
 * keeper does, and collapsing it inside the composer clears it.
 */
export function watchComposerSelection(view: ConsoleView, signal: AbortSignal, report: (text: string) => void): void {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readNow = () => {
    const composer = view.composer();
    if (!composer) return;
    const text = selectedInComposer(composer)?.slice(0, MAX_SELECTION);
    if (text === undefined || text === last) return;
    last = text;
    report(text);
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(readNow, SETTLE_MS);
  };
  // A field's selection: `select` does not bubble, and a collapse fires no `select`, hence the keys and the mouse too.
  listenInComposerDocuments(view, signal, ['selectionchange', 'select', 'keyup', 'mouseup'], later);
  signal.addEventListener('abort', () => clearTimeout(timer));
}
