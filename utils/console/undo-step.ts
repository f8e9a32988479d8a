import type { EditorKind } from '../adapters/schema';
import { composerText, editableOf } from './composer';
import { selectionOf } from './dom';
import { pointAtTextOffset, textOffsetOf } from './text-offsets';

type Step = 'undo' | 'redo';

const isMac = () => /Mac/i.test(navigator.platform);

/** ProseMirror's history plugin and Quill 2 take the standard history input events. */
function historyInput(editable: HTMLElement, step: Step): void {
  const inputType = step === 'undo' ? 'historyUndo' : 'historyRedo';
  editable.dispatchEvent(new InputEvent('beforeinput', { inputType, cancelable: true }));
}

/** Quill 1 knows only its key bindings (by keyCode, Ctrl or Cmd as the platform's), so it gets them on its root alone (no bubbling to the host's shortcuts). */
function quill1Keys(editable: HTMLElement, step: Step): void {
  const shortKey = isMac() ? { metaKey: true } : { ctrlKey: true };
  editable.dispatchEvent(new KeyboardEvent('keydown', { key: step === 'undo' ? 'z' : 'Z', code: 'KeyZ', keyCode: 90, which: 90, shiftKey: step === 'redo', ...shortKey, cancelable: true }));
}

/**
 * Editors whose history folds edits by time rather than by kind: an expansion
 * made right after the typed shortcut would join the typing's undo step, and
 * one Ctrl+Z would take back the typing too. ProseMirror (Tiptap) folds edits
 * within 500 ms that touch the last one; Quill folds everything within its
 * delay of a step's first edit. Both restart their grouping on undo and redo.
 */
const historySteps: Partial<Record<EditorKind, (editable: HTMLElement, step: Step) => void>> = {
  prosemirror: historyInput,
  quill2: historyInput,
  quill1: quill1Keys,
};

/** The browser's own undo (a plain contenteditable) folds typing with what follows it until a script sets the selection: setting it where it is ends the step. */
const endsBySettingSelection: ReadonlySet<EditorKind> = new Set(['contenteditable']);

/** The selection as text offsets, and a way to put it back. */
function keepSelection(editable: HTMLElement): () => void {
  const selection = selectionOf(editable);
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode || !editable.contains(anchorNode) || !editable.contains(focusNode)) return () => {};
  const anchor = textOffsetOf(editable, anchorNode, selection.anchorOffset);
  const focus = textOffsetOf(editable, focusNode, selection.focusOffset);
  return () => selection.setBaseAndExtent(...pointAtTextOffset(editable, anchor), ...pointAtTextOffset(editable, focus));
}

/**
 * Ends the editor's current undo step, so that the next edit is a step of its
 * own: an undo and a redo, which leave the text as it was (checked: false if
 * an editor took only one of them; the agent's text is then not touched
 * further). The selection goes back where it was, since a redo may restore it
 * to the start of the step. Returns whether the editor needs a moment to take
 * the restored selection in. Editors that group by kind of edit (textarea,
 * Lexical, Draft.js, CKEditor 5, TinyMCE) need nothing. Slate merges text
 * inserted next to the last typed text into its step whatever inserts it
 * (the agent's own paste too), and nothing outside Slate can split it.
 */
export async function closeUndoStep(kind: EditorKind, composer: HTMLElement): Promise<{ ok: boolean; acted: boolean }> {
  const send = historySteps[kind];
  if (!send && !endsBySettingSelection.has(kind)) return { ok: true, acted: false };
  const editable = editableOf(composer);
  const text = composerText(composer);
  const restoreSelection = keepSelection(editable);
  if (send) {
    send(editable, 'undo');
    send(editable, 'redo');
    // Quill takes in the DOM changes a moment later and sets its selection silently then; put back after that,
    // the selection reaches Quill's history as the agent's (else undoing the next insert puts the caret at the redo's end).
    await new Promise((done) => setTimeout(done, 0));
  }
  restoreSelection();
  return { ok: composerText(composer) === text, acted: true };
}
