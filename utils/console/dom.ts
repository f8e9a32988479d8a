/** Small DOM helpers that tolerate bad selectors and open shadow roots. */

/** querySelector that never throws: a broken selector simply finds nothing. */
export function safeQuery<T extends Element = Element>(root: ParentNode, selector: string): T | null {
  try {
    return root.querySelector<T>(selector);
  } catch {
    return null;
  }
}

export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

/** The last `count` items, in order: only those get a wrapper in this world, however many the page holds. */
function lastOf(items: ArrayLike<Element>, count: number): Element[] {
  const last: Element[] = [];
  for (let i = Math.max(0, items.length - count); i < items.length; i++) last.push(items[i]!);
  return last;
}

export function safeQueryLast(root: ParentNode, selector: string, count: number): Element[] {
  try {
    return lastOf(root.querySelectorAll(selector), count);
  } catch {
    return [];
  }
}

export const lastChildren = (parent: Element, count: number): Element[] => lastOf(parent.children, count);

export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

export function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** Also looks inside open shadow roots (web-component consoles); only walked when the light DOM has no match. */
export function queryDeep<T extends Element = Element>(root: ParentNode, selector: string): T | null {
  const direct = safeQuery<T>(root, selector);
  if (direct) return direct;
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow) {
      const found = queryDeep<T>(shadow, selector);
      if (found) return found;
    }
  }
  return null;
}

export function isVisible(el: Element): boolean {
  return el.checkVisibility?.() ?? (el as HTMLElement).offsetParent !== null;
}

/** The first visible match, in the light DOM or an open shadow root. */
export function firstVisible<T extends Element = Element>(root: ParentNode, selector: string): T | null {
  const all = safeQueryAll(root, selector) as T[];
  // A single match needs no visibility check (which costs a style recalculation on a busy page).
  if (all.length === 1) return all[0]!;
  if (all.length > 1) return all.find(isVisible) ?? null;
  const deep = queryDeep<T>(root, selector);
  return deep && isVisible(deep) ? deep : null;
}

/**
 * A message's text, whitespace folded. textContent, not innerText: innerText
 * forces a synchronous layout, and on a busy console with thousands of
 * messages that costs milliseconds per read.
 */
export function messageText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An iframe editor (TinyMCE) counts as writable when its same-origin document is editable. */
export function isWritable(el: Element | null): el is HTMLElement {
  if (!el) return false;
  if (el instanceof HTMLIFrameElement) {
    try {
      return el.contentDocument?.body?.isContentEditable ?? false;
    } catch {
      return false;
    }
  }
  if (el instanceof HTMLTextAreaElement) return !el.disabled && !el.readOnly;
  if (el instanceof HTMLInputElement) return el.type === 'text' && !el.disabled && !el.readOnly;
  return el instanceof HTMLElement && el.isContentEditable;
}

/**
 * Resolves once the browser has rendered `frames` more frames (and the task
 * after the last has run), or after `fallbackMs` in a hidden tab, which
 * renders none.
 */
export function afterFrames(frames: number, fallbackMs: number): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, fallbackMs);
    const next = (left: number) =>
      requestAnimationFrame(() => {
        if (left > 1) return next(left - 1);
        clearTimeout(timer);
        setTimeout(done, 0);
      });
    next(frames);
  });
}

/** After the next rendered frame style and layout are clean: the first visibility checks on a long console then force no extra recalculation. */
export const afterNextFrame = () => afterFrames(1, 250);

/**
 * The selection an element's caret lives in. Chromium reports a selection
 * inside a shadow root only through that root (the document's own stops at
 * the host), so editors in web components are read and set through it.
 */
export function selectionOf(node: Node): Selection | null {
  const root = node.getRootNode() as Node & { getSelection?: () => Selection | null };
  if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && typeof root.getSelection === 'function') return root.getSelection();
  return (node.ownerDocument ?? document).getSelection();
}

/** The focused element as the element's own tree sees it (inside a shadow root, not its host). */
export function activeElementOf(node: Node): Element | null {
  // By shape, not instanceof: the document of an iframe editor belongs to the frame's realm.
  return (node.getRootNode() as Partial<DocumentOrShadowRoot>).activeElement ?? null;
}
