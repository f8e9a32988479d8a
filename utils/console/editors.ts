import type { EditorKind } from '../adapters/schema';
import { escapeHtml } from '../snippets/rich-text';
import { editableOf } from './composer';
import { selectionOf } from './dom';

/** Recognises the editor behind a composer by its DOM signature. */
export function detectEditor(composer: HTMLElement): EditorKind {
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) return 'textarea';
  const editable = editableOf(composer);
  if (editable.id === 'tinymce' || editable.classList.contains('mce-content-body')) return 'tinymce';
  // Any other iframe editor (Zoho Desk's) is a body made editable, which the browser's own editing writes to.
  if (editable !== composer) return 'contenteditable';
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
  const selection = selectionOf(editable);
  const node = selection?.focusNode;
  const el = node instanceof Element ? node : node?.parentElement;
  return el instanceof HTMLElement && editable.contains(el) ? el : editable;
}

type EventWorld = Pick<typeof globalThis, 'DataTransfer' | 'ClipboardEvent' | 'InputEvent'>;
type CloneInto = <T>(value: T, target: object, options: { wrapReflectors: boolean }) => T;

/**
 * The constructors to build synthetic events with, and how to hand them their
 * init dictionary. Firefox runs content scripts behind Xray wrappers: an event
 * built from the content script's own constructors reaches the page's editor
 * with its dataTransfer or clipboardData out of the page's reach, so Lexical
 * and CKEditor 5 read no text. Built from the page's constructors
 * (wrappedJSObject, Firefox only) with a dictionary cloned into the page
 * (cloneInto; wrapReflectors lets the DataTransfer through), the page reads
 * the event as its own. Chromium's isolated world shares DOM objects as they are.
 */
function eventWorld(doc: Document): { make: EventWorld; init: <T extends object>(dict: T) => T } {
  const view = doc.defaultView as (typeof globalThis & { wrappedJSObject?: EventWorld }) | null;
  const cloneInto = (globalThis as { cloneInto?: CloneInto }).cloneInto;
  const page = view?.wrappedJSObject;
  if (!view || !page || !cloneInto) return { make: view ?? globalThis, init: (dict) => dict };
  return { make: page, init: (dict) => cloneInto(dict, view, { wrapReflectors: true }) };
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
      const { make, init } = eventWorld(doc);
      const data = new make.DataTransfer();
      data.setData('text/plain', text);
      eventTarget(editable).dispatchEvent(
        new make.InputEvent('beforeinput', init({ inputType: 'insertReplacementText', dataTransfer: data, bubbles: true, cancelable: true, composed: true })),
      );
      return;
    }
    case 'paste':
    case 'paste-plain': {
      const { make, init } = eventWorld(doc);
      const event = new make.ClipboardEvent('paste', init({ clipboardData: new make.DataTransfer(), bubbles: true, cancelable: true, composed: true }));
      // Firefox's constructor gives the event an empty DataTransfer of its own, whatever the init passed (CKEditor 5 and
      // ProseMirror then read nothing): the data goes into the event's own. Chromium keeps the one passed.
      const data = event.clipboardData;
      if (!data) throw new Error('The paste event has no clipboardData');
      data.setData('text/plain', text);
      const asHtml = technique === 'paste' ? (html ?? textAsHtml(text)) : null;
      if (asHtml) data.setData('text/html', asHtml);
      eventTarget(editable).dispatchEvent(event);
      return;
    }
  }
}
