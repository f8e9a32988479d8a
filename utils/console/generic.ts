import { firstVisible, isVisible, isWritable, lastChildren, messageText } from './dom';
import type { SideJudge } from './side';
import type { ConsoleView } from './view';

const MARKED_LOG = '[role="log"], [role="feed"], [aria-live="polite"], [aria-live="assertive"]';
const WRITABLE = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], iframe';

/** Rows of one list share a tag and (usually) a first class; their side or state classes differ. */
const signature = (el: Element) => `${el.tagName}.${el.classList[0] ?? ''}`;

/** At least three children, most of them alike: a list of messages rather than a layout. */
function hasRepeatedChildren(el: Element): boolean {
  const children = [...el.children];
  if (children.length < 3) return false;
  const counts = new Map<string, number>();
  for (const child of children) counts.set(signature(child), (counts.get(signature(child)) ?? 0) + 1);
  return Math.max(...counts.values()) >= Math.max(3, children.length * 0.6);
}

function isScrollable(el: Element): boolean {
  const { overflowY } = getComputedStyle(el);
  return overflowY === 'auto' || overflowY === 'scroll';
}

/** A marked log often wraps one inner list: descend to the element whose children are the messages. */
function messageContainer(log: Element): Element {
  let el = log;
  while (el.children.length === 1 && el.firstElementChild) el = el.firstElementChild;
  return el;
}

/** Walks up from the composer looking for a scrollable region of repeated structure beside it. */
function logNear(composer: Element): Element | null {
  for (let ancestor = composer.parentElement; ancestor && ancestor !== document.documentElement; ancestor = ancestor.parentElement) {
    const candidates = [ancestor, ...ancestor.querySelectorAll(':scope > *, :scope > * > *')];
    const found = candidates.find((el) => !el.contains(composer) && isScrollable(el) && hasRepeatedChildren(messageContainer(el)));
    if (found) return found;
  }
  return null;
}

/**
 * The reader for consoles no adapter knows: the composer is the last focused
 * writable field (shadow roots included), the log is a marked live region or
 * the scrollable repeated structure nearest the composer, and authors come
 * from bubble alignment calibrated by the agent's own sends.
 */
export function createGenericView(side: SideJudge, signal: AbortSignal): ConsoleView {
  let lastComposer: HTMLElement | null = null;
  const watchedRoots = new WeakSet<ShadowRoot>();

  const onFocus = (event: Event) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    if (isWritable(target)) lastComposer = target;
    // Focus inside a shadow root is retargeted at the host: listen inside it too.
    const shadow = (event.target as Element | null)?.shadowRoot;
    if (shadow && !watchedRoots.has(shadow)) {
      watchedRoots.add(shadow);
      shadow.addEventListener('focusin', onFocus, { capture: true, signal });
    }
  };
  window.addEventListener('focusin', onFocus, { capture: true, signal });

  const composer = (): HTMLElement | null => {
    if (lastComposer?.isConnected && isVisible(lastComposer)) return lastComposer;
    return [...document.querySelectorAll<HTMLElement>(WRITABLE)].find((el) => isWritable(el) && isVisible(el)) ?? null;
  };

  return {
    id: 'generic',
    name: 'This page',
    editor: 'auto',
    findList() {
      const marked = firstVisible(document, MARKED_LOG);
      if (marked) return messageContainer(marked);
      const field = composer();
      const near = field ? logNear(field) : null;
      return near ? messageContainer(near) : null;
    },
    conversationId: () => location.pathname + location.hash,
    customerName: () => undefined,
    customerCountry: () => undefined,
    customerIdentity: () => ({}),
    messagesIn(node, list) {
      if (node === list) return [...list.children];
      if (node.parentElement === list) return [node];
      let el: Element | null = node;
      while (el && el.parentElement !== list) el = el.parentElement;
      if (el) return [el];
      return node.contains(list) ? [] : [...node.children].filter((child) => child.parentElement === list);
    },
    latestIn: lastChildren,
    read(message, list) {
      const text = messageText(message);
      return { text, author: side.judge(message, list, text) };
    },
    composer,
    isComposer: (el) => el === composer() || (composer()?.contains(el) ?? false),
    sendButton: () => null,
  };
}
