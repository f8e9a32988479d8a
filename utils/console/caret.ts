import { editableOf, isField, listenInComposerDocuments, targetsComposer } from './composer';
import { activeElementOf, selectionOf } from './dom';
import type { ConsoleView } from './view';

type Saved = { composer: HTMLElement; range?: Range; start?: number; end?: number };

/** Editors take a moved caret into their model on selectionchange, Slate through a 100 ms throttle: give them that long. */
const SETTLE_MS = 150;
export const waitForEditorModel = () => new Promise((done) => setTimeout(done, SETTLE_MS));
/** Longer than any editor's undo grouping window (ProseMirror 500 ms, Quill 1 s). */
const TYPING_STEP_MS = 1_500;

/** Puts a saved range back as the document's selection, unless the caret is already there; whether it moved it. */
function putBack(range: Range | undefined, composer: HTMLElement, hadCaretInside: boolean): boolean {
  if (!range || !composer.contains(range.startContainer) || !composer.contains(range.endContainer)) return false;
  const selection = selectionOf(composer);
  if (!selection) return false;
  const current = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const same = hadCaretInside && current && current.compareBoundaryPoints(Range.START_TO_START, range) === 0 && current.compareBoundaryPoints(Range.END_TO_END, range) === 0;
  if (same) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/**
 * Remembers where the caret was in the composer, so an insert made after the
 * agent clicked the sidebar lands there (Draft.js otherwise inserts at the
 * start once focus comes back).
 */
export function createCaretKeeper(view: ConsoleView, signal: AbortSignal) {
  let saved: Saved | null = null;

  const save = () => {
    const composer = view.composer();
    if (!composer) return;
    if (isField(composer)) {
      if (activeElementOf(composer) === composer) saved = { composer, start: composer.selectionStart ?? 0, end: composer.selectionEnd ?? 0 };
      return;
    }
    const selection = selectionOf(composer);
    if (selection && selection.rangeCount > 0 && composer.contains(selection.anchorNode)) saved = { composer, range: selection.getRangeAt(0).cloneRange() };
  };
  document.addEventListener('selectionchange', save, { signal });
  for (const type of ['select', 'keyup', 'mouseup']) document.addEventListener(type, save, { capture: true, signal });
  let typedAt = -Infinity;
  const noteTyping = (event: Event) => {
    if (event.isTrusted && targetsComposer(view, event.target ?? undefined)) typedAt = performance.now();
  };
  // Also in an iframe composer's document: an editable body there (Zoho Desk's) is the browser's own undo, which folds typing by time.
  listenInComposerDocuments(view, signal, ['input'], noteTyping);

  return {
    /** Focuses the composer and puts the caret (or selection) back where the agent left it. */
    async restore(composer: HTMLElement): Promise<void> {
      const editable = editableOf(composer);
      if (editable !== composer) {
        // An iframe editor keeps its own selection across focus changes.
        (composer as HTMLIFrameElement).contentWindow?.focus();
        editable.focus();
        return;
      }
      const selectionBefore = selectionOf(composer);
      const hadCaretInside = selectionBefore !== null && selectionBefore.rangeCount > 0 && composer.contains(selectionBefore.anchorNode);
      const hadFocus = document.hasFocus() && activeElementOf(composer) === composer;
      composer.focus({ preventScroll: true });
      if (saved?.composer === composer && isField(composer)) return composer.setSelectionRange(saved.start ?? 0, saved.end ?? 0);
      const moved = saved?.composer === composer && putBack(saved.range, composer, hadCaretInside);
      // Rich editors take focus in a moment after the focus event: CKEditor 5 marks itself focused 50 ms later, and until
      // then renders no caret of its own, so an insert made sooner keeps the caret before it (Firefox showed this).
      if (moved || !hadFocus) await waitForEditorModel();
    },
    forget: () => void (saved = null),
    /** Whether typing in the composer may still be an open undo step: typed within the time editors fold edits together, and not ended since. */
    typingStepOpen: () => performance.now() - typedAt < TYPING_STEP_MS,
    /** The typing's undo step was ended (closeUndoStep). */
    typingStepEnded: () => void (typedAt = -Infinity),
  };
}

export type CaretKeeper = ReturnType<typeof createCaretKeeper>;
