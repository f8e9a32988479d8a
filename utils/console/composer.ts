import type { ConsoleView } from './view';

/** The document an editor lives in: its own for iframe editors (TinyMCE), the page's otherwise. */
/** A plain form field, whose value and selection offsets are read directly rather than through the DOM. */
export type Field = HTMLTextAreaElement | HTMLInputElement;
export const isField = (el: Element): el is Field => el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;

/** Text compared without its layout: runs of whitespace as one space, trimmed (editors re-wrap and pad what they hold). */
export const collapseWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim();

export function editableOf(composer: HTMLElement): HTMLElement {
  if (composer instanceof HTMLIFrameElement) return composer.contentDocument?.body ?? composer;
  return composer;
}

/** Text of a composer, whichever kind it is, normalised (NBSP to space, no trailing newline, placeholders ignored). */
export function composerText(el: Element): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  const editable = editableOf(el as HTMLElement);
  if (editable.classList.contains('ql-blank')) return '';
  const raw = editable.innerText ?? editable.textContent ?? '';
  return raw.replace(/\u00a0/g, ' ').replace(/\n+$/, '');
}

/**
 * Listens in the page's document and in the document of an iframe composer
 * (TinyMCE keeps its events there), found when focus enters it and by a slow
 * cancellable check (an iframe document can be recreated).
 */
export function listenInComposerDocuments(view: ConsoleView, signal: AbortSignal, types: string[], listener: (event: Event) => void): void {
  const watched = new WeakSet<Document>();
  const listen = (doc: Document) => {
    if (watched.has(doc)) return;
    watched.add(doc);
    for (const type of types) doc.addEventListener(type, listener, { capture: true, signal });
  };
  const listenInFrame = () => {
    const composer = view.composer();
    if (composer instanceof HTMLIFrameElement && composer.contentDocument) listen(composer.contentDocument);
  };
  listen(document);
  // Focus moving into the frame (which blurs this window) is when the agent starts typing there.
  window.addEventListener('blur', listenInFrame, { signal });
  const frames = setInterval(listenInFrame, 1000);
  signal.addEventListener('abort', () => clearInterval(frames));
}

/** Whether an event comes from the composer, or from the document of an iframe composer. */
export function targetsComposer(view: ConsoleView, target: EventTarget | undefined): boolean {
  // Not `instanceof Node`: a node of an iframe's document belongs to that frame's realm.
  const doc = (target as Partial<Node> | undefined)?.ownerDocument;
  if (!doc) return false;
  if (doc !== document) {
    const composer = view.composer();
    return composer instanceof HTMLIFrameElement && composer.contentDocument === doc;
  }
  return target instanceof Element && view.isComposer(target);
}

/**
 * Reports the agent's draft after input, paste and the end of an IME
 * composition, debounced; nothing is reported mid-composition. When the
 * agent sends (a send button or Enter), `onSent` gets the draft first: the
 * generic reader calibrates bubble sides with it.
 */
export function watchDraft(view: ConsoleView, signal: AbortSignal, report: (text: string) => void, onSent: (text: string) => void, delay = 150) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  let composing = false;

  const readNow = () => {
    const composer = view.composer();
    if (!composer || composing) return;
    const text = composerText(composer);
    if (text === last) return;
    last = text;
    report(text);
  };

  const onEvent = (event: Event) => {
    if (event.type === 'compositionstart') return void (composing = true);
    if (event.type === 'compositionend') composing = false;
    if ((event as InputEvent).isComposing || composing) return;
    const target = event.composedPath()[0];
    if (event.type === 'click') {
      if (target instanceof Element && isSendButton(target)) noteSent();
      return;
    }
    if (!targetsComposer(view, target)) return;
    if (event.type === 'keydown') {
      if ((event as KeyboardEvent).key === 'Enter' && !(event as KeyboardEvent).shiftKey) noteSent();
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(readNow, delay);
  };

  /** The adapter's send button, or (generic) any button: what matters is the draft at that moment. */
  const isSendButton = (target: Element) => {
    const button = view.sendButton();
    return button ? button.contains(target) : target.closest('button, [role="button"], input[type="submit"]') !== null;
  };

  /** A send: note the draft now, before the host clears it and renders it in the log; then report the emptied draft. */
  const noteSent = () => {
    const composer = view.composer();
    const text = composer ? composerText(composer) : '';
    if (text.trim()) onSent(text);
    clearTimeout(timer);
    timer = setTimeout(readNow, delay);
  };

  listenInComposerDocuments(view, signal, ['input', 'compositionstart', 'compositionend', 'paste', 'keyup', 'keydown', 'click'], onEvent);
  signal.addEventListener('abort', () => clearTimeout(timer));
}
