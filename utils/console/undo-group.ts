import type { EditorKind } from '../adapters/schema';
import { composerText, editableOf } from './draft';

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

/** The caret as a character offset into the editable's text, which survives editors re-rendering their text nodes. */
function caretOffset(editable: HTMLElement): number | null {
  const selection = editable.ownerDocument.getSelection();
  if (!selection?.rangeCount || !editable.contains(selection.focusNode)) return null;
  const range = editable.ownerDocument.createRange();
  range.selectNodeContents(editable);
  range.setEnd(selection.focusNode!, selection.focusOffset);
  return range.toString().length;
}

function placeCaret(editable: HTMLElement, offset: number): void {
  const doc = editable.ownerDocument;
  const walker = doc.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
  let passed = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset <= passed + node.data.length) {
      doc.getSelection()?.collapse(node, offset - passed);
      return;
    }
    passed += node.data.length;
  }
}

/**
 * Ends the editor's current undo step, so the next edit is a step of its own:
 * an undo and a redo, which leave the text as it was (checked; if an editor
 * took only one of them, the text the agent typed is not touched further and
 * false is returned). The caret goes back where it was, since a redo may
 * restore it to the start of the step. Editors that group by kind of edit
 * (textarea, Lexical, Slate, Draft.js, CKEditor 5, TinyMCE) need nothing.
 */
export function closeUndoStep(kind: EditorKind, composer: HTMLElement): boolean {
  const send = historySteps[kind];
  if (!send) return true;
  const editable = editableOf(composer);
  const text = composerText(composer);
  const caret = caretOffset(editable);
  send(editable, 'undo');
  send(editable, 'redo');
  if (caret !== null) placeCaret(editable, caret);
  return composerText(composer) === text;
}
