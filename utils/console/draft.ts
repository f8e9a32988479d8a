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
 * composition, debounced; nothing is reported mid-composition. When a draft
 * empties (the agent sent it), `onSent` gets what it said: the generic
 * reader calibrates bubble sides with it.
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
    if (!text.trim() && last.trim()) onSent(last);
    last = text;
    report(text);
  };

  const onEvent = (event: Event) => {
    if (event.type === 'compositionstart') return void (composing = true);
    if (event.type === 'compositionend') composing = false;
    if ((event as InputEvent).isComposing || composing) return;
    const target = event.composedPath()[0];
    if (event.type === 'click') {
      if (target instanceof Node && view.sendButton()?.contains(target)) timer = setTimeout(readNow, delay);
      return;
    }
    const inFrame = target instanceof Node && target.ownerDocument !== document;
    if (!inFrame && !(target instanceof Element && view.isComposer(target))) return;
    clearTimeout(timer);
    timer = setTimeout(readNow, delay);
  };

  const listen = (doc: Document) => {
    if (watched.has(doc)) return;
    watched.add(doc);
    for (const type of ['input', 'compositionstart', 'compositionend', 'paste', 'keyup', 'click']) doc.addEventListener(type, onEvent, { capture: true, signal });
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
