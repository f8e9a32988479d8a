import { isVisible } from './dom';
import { composedAncestors, composedContains, composedParent, type DeepRoots } from './deep';

const MARKED_LOG = '[role="log"], [role="feed"], [aria-live="polite"], [aria-live="assertive"]';

/**
 * The DOM editors build around their editable, announcers included: CKEditor 5
 * appends its own `aria-live` region (`ul.ck-aria-live-region-list`) to the
 * body, which is no message list however empty the page's real one is.
 */
const EDITOR_PARTS =
  '.ck, [contenteditable="true"], [contenteditable=""], .ProseMirror, .ql-container, .tox, .mce-content-body, .DraftEditor-root, [data-lexical-editor], [data-slate-editor], .fr-box';
/** Class names of screen-reader-only helpers across CSS frameworks (Bootstrap, Tailwind, WordPress, Angular CDK…). */
const SCREEN_READER_ONLY = /(^|[-_\s])(sr-only|visually-hidden|visuallyhidden|screen-reader|screenreader|a11y-hidden|assistive|cdk-live-announcer|live-announcer)([-_\s]|$)/i;

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
export function messageContainer(log: Element): Element {
  let el = log;
  while (el.children.length === 1 && el.firstElementChild) el = el.firstElementChild;
  return el;
}

/** Belongs to an editor: inside an editor's DOM, or holding an editor's announcer list. */
function isEditorOwned(region: Element): boolean {
  const inner = messageContainer(region);
  return composedAncestors(region).some((el) => el.matches(EDITOR_PARTS)) || inner.matches(EDITOR_PARTS);
}

/** Hidden from sight though present for screen readers: sr-only classes, clipped, zero-size or off-screen. */
function isVisuallyHidden(region: Element): boolean {
  if (!isVisible(region)) return true;
  for (let el: Element | null = region; el; el = el.parentElement) if (SCREEN_READER_ONLY.test(el.className.toString())) return true;
  const box = region.getBoundingClientRect();
  if (box.width <= 2 || box.height <= 2) return true;
  const view = region.ownerDocument.defaultView;
  const width = view?.innerWidth ?? 0;
  // Announcers are parked at -10000px (or past the right edge); a log merely scrolled below the fold is not hidden.
  if (box.right <= 0 || box.bottom <= 0 || (width > 0 && box.left >= width)) return true;
  const style = getComputedStyle(region);
  return /rect\(\s*0(px)?[,\s]+0(px)?[,\s]+0(px)?[,\s]+0(px)?\s*\)/.test(style.clip) || /inset\(\s*50%/.test(style.clipPath);
}

/** How many ancestors two elements share across shadow roots: the closer in the page's tree, the more. */
function sharedDepth(a: Element, ancestorsOfB: Set<Element>): number {
  const chain = composedAncestors(a);
  const common = chain.findIndex((el) => ancestorsOfB.has(el));
  return common < 0 ? 0 : chain.length - common;
}

/** Walks up from the composer (across shadow roots) looking for a scrollable region of repeated structure beside it. */
function logNear(composer: Element): Element | null {
  for (let node = composedParent(composer); node; node = composedParent(node)) {
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const ancestor = node as Element;
    if (ancestor === document.documentElement) break;
    // A host's own shadow tree is beside the composer too (a web-component app renders its list there).
    const scopes: (Element | ShadowRoot)[] = ancestor.shadowRoot ? [ancestor, ancestor.shadowRoot] : [ancestor];
    const candidates = [ancestor, ...scopes.flatMap((scope) => [...scope.children].flatMap((child) => [child, ...child.children]))];
    const found = candidates.find((el) => !composedContains(el, composer) && isScrollable(el) && hasRepeatedChildren(messageContainer(el)));
    if (found) return found;
  }
  return null;
}

/**
 * The message list of the conversation around `composer`: a marked live region
 * that is neither an editor's nor hidden (the one closest to the composer when
 * the page shows several conversations side by side), else the scrollable
 * repeated structure beside the composer.
 */
export function findLog(roots: DeepRoots, composer: Element | null): Element | null {
  const marked = roots.queryAll(MARKED_LOG).filter((el) => !isEditorOwned(el) && !isVisuallyHidden(el));
  if (marked.length > 0) {
    if (!composer || marked.length === 1) return messageContainer(marked[0]!);
    const around = new Set(composedAncestors(composer));
    let best = marked[0]!;
    for (const el of marked) if (sharedDepth(el, around) > sharedDepth(best, around)) best = el;
    return messageContainer(best);
  }
  const near = composer ? logNear(composer) : null;
  return near ? messageContainer(near) : null;
}
