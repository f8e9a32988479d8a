import type { EditorKind } from '../adapters/schema';
import { editableOf } from './draft';

/** Recognises the editor behind a composer by its DOM signature. */
export function detectEditor(composer: HTMLElement): EditorKind {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) return 'textarea';
  const editable = editableOf(composer);
  if (editable !== composer || editable.id === 'tinymce' || editable.classList.contains('mce-content-body')) return 'tinymce';
  const near = (selector: string) => editable.closest(selector) !== null || editable.querySelector(selector) !== null;
  if (near('[data-lexical-editor]')) return 'lexical';
  if (near('[data-slate-editor]')) return 'slate';
  if (near('.ProseMirror')) return 'prosemirror';
  if (near('.DraftEditor-root, [data-contents]')) return 'draft';
  if (near('.ck-editor__editable')) return 'ckeditor5';
  // Quill 1 keeps a hidden paste container beside its editor (it reads pastes from it after a timeout); Quill 2 dropped it.
  if (near('.ql-editor')) return editable.parentElement?.querySelector(':scope > .ql-clipboard') ? 'quill1' : 'quill2';
  if (near('.fr-element')) return 'froala';
  return 'contenteditable';
}

export type Technique = 'execCommand' | 'setRangeText' | 'beforeinput' | 'paste' | 'paste-plain';

/**
 * Techniques in the order to try them, from the verified editor matrix
 * (see the editor-insertion notes): a technique that could leave the DOM and
 * the editor's model disagreeing (execCommand on Slate) is never listed.
 */
export const techniquesFor: Record<EditorKind, Technique[]> = {
  textarea: ['execCommand', 'setRangeText'],
  lexical: ['beforeinput', 'paste'],
  slate: ['beforeinput', 'paste-plain'],
  prosemirror: ['paste', 'execCommand'],
  draft: ['paste', 'execCommand'],
  quill2: ['paste', 'execCommand'],
  ckeditor5: ['paste'],
  tinymce: ['paste', 'execCommand'],
  froala: ['paste', 'execCommand'],
  quill1: ['execCommand'],
  contenteditable: ['execCommand', 'paste'],
};

/** Editors whose paste takes HTML and keeps its formatting; every other path inserts the plain text. */
const richPaste: ReadonlySet<EditorKind> = new Set(['prosemirror', 'draft', 'quill2', 'ckeditor5', 'tinymce', 'froala']);
export const takesRichPaste = (kind: EditorKind) => richPaste.has(kind);

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Plain text as HTML an editor's paste handler understands (line breaks as
 * <br>), or null when HTML would lose some of its spaces: editors collapse
 * leading, trailing and repeated whitespace in pasted HTML, so such text
 * travels as text/plain alone.
 */
export function textAsHtml(text: string): string | null {
  const lines = text.split('\n');
  if (lines.some((line) => line !== line.trim() || /\s{2}/.test(line))) return null;
  return lines.map(escapeHtml).join('<br>');
}

/** Where the selection sits inside the editable: the paste or beforeinput target. */
function eventTarget(editable: HTMLElement): HTMLElement {
  const selection = editable.ownerDocument.getSelection();
  const node = selection?.focusNode;
  const el = node instanceof Element ? node : node?.parentElement;
  return el instanceof HTMLElement && editable.contains(el) ? el : editable;
}

/** Runs one technique; whether it worked is decided by reading the editor back. `html` (a formatted snippet) goes only into a paste. */
export function apply(technique: Technique, composer: HTMLElement, text: string, html?: string): void {
  const editable = editableOf(composer);
  const doc = editable.ownerDocument;
  switch (technique) {
    case 'execCommand':
      doc.execCommand('insertText', false, text);
      return;
    case 'setRangeText': {
      const field = composer as HTMLTextAreaElement;
      field.setRangeText(text, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, 'end');
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
      return;
    }
    case 'beforeinput': {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      eventTarget(editable).dispatchEvent(
        new InputEvent('beforeinput', { inputType: 'insertReplacementText', dataTransfer: data, bubbles: true, cancelable: true, composed: true }),
      );
      return;
    }
    case 'paste':
    case 'paste-plain': {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const asHtml = technique === 'paste' ? (html ?? textAsHtml(text)) : null;
      if (asHtml) data.setData('text/html', asHtml);
      eventTarget(editable).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
      return;
    }
  }
}
