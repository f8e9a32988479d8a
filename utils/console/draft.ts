import type { ConsoleView } from './view';

/** The document an editor lives in: its own for iframe editors (TinyMCE), the page's otherwise. */
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
 * Reports the agent's draft after input, paste and the end of an IME
 * composition, debounced; nothing is reported mid-composition. When the
 * agent sends (a send button or Enter), `onSent` gets the draft first: the
 * generic reader calibrates bubble sides with it.
 */
export function watchDraft(view: ConsoleView, signal: AbortSignal, report: (text: string) => void, onSent: (text: string) => void, delay = 150) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = '';
  let composing = false;
  const watched = new WeakSet<Document>();

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
    const inFrame = target instanceof Node && target.ownerDocument !== document;
    if (!inFrame && !(target instanceof Element && view.isComposer(target))) return;
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

  const listen = (doc: Document) => {
    if (watched.has(doc)) return;
    watched.add(doc);
    for (const type of ['input', 'compositionstart', 'compositionend', 'paste', 'keyup', 'keydown', 'click']) doc.addEventListener(type, onEvent, { capture: true, signal });
  };
  listen(document);
  // Iframe editors (TinyMCE) keep their events in their own document.
  const frames = setInterval(() => {
    const composer = view.composer();
    if (composer instanceof HTMLIFrameElement && composer.contentDocument) listen(composer.contentDocument);
  }, 1000);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    clearInterval(frames);
  });
}
