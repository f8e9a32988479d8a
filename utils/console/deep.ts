/**
 * The roots a console may render into beyond the light DOM: open shadow roots
 * (web-component apps) and the documents of same-origin iframes. Finding them
 * means visiting every element, so the walk belongs to the slow tier: it runs
 * at most once per `minIntervalMs`, and queries in between reuse what it found.
 */
function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument; // null, or a throw, for a cross-origin frame.
  } catch {
    return null;
  }
}

export function createDeepRoots(minIntervalMs = 2_000) {
  let found: ParentNode[] = [];
  let walkedAt = -Infinity;

  const collect = (root: Document | ShadowRoot, into: ParentNode[], depth: number) => {
    if (depth > 8) return; // Nested frames and components deeper than this are not a console's layout.
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
      if (node.shadowRoot) {
        into.push(node.shadowRoot);
        collect(node.shadowRoot, into, depth + 1);
      }
      // By tag name: an iframe inside a frame's document belongs to that frame's realm.
      if (node.tagName === 'IFRAME') {
        const inner = frameDocument(node as HTMLIFrameElement);
        if (inner?.documentElement) {
          into.push(inner);
          collect(inner, into, depth + 1);
        }
      }
    }
  };

  const stillAttached = (root: ParentNode) => ('host' in root ? (root as ShadowRoot).host.isConnected : (root as Document).defaultView !== null);

  return {
    /** The document first, then every open shadow root and same-origin frame document found by the latest walk. */
    roots(): ParentNode[] {
      const now = performance.now();
      if (now - walkedAt >= minIntervalMs) {
        walkedAt = now;
        found = [];
        collect(document, found, 0);
      }
      return [document, ...found.filter(stillAttached)];
    },
    /** Every match of a selector across the roots, the light DOM's first; a broken selector finds nothing. */
    queryAll<T extends Element = Element>(selector: string): T[] {
      const all: T[] = [];
      for (const root of this.roots()) {
        try {
          all.push(...root.querySelectorAll<T>(selector));
        } catch {
          return [];
        }
      }
      return all;
    },
  };
}

export type DeepRoots = ReturnType<typeof createDeepRoots>;

/** The parent across shadow boundaries: a shadow root's host, a frame document's iframe. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  // By node type, not instanceof: a shadow root inside a frame belongs to that frame's realm.
  if (parent?.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  if (parent && parent.nodeType !== Node.DOCUMENT_NODE) return parent;
  if (!parent && node.nodeType !== Node.DOCUMENT_NODE) return null; // detached
  // The top of a frame's document (its root element, or the document itself): the iframe holding it.
  const doc = node.nodeType === Node.DOCUMENT_NODE ? (node as Document) : node.ownerDocument;
  return doc?.defaultView?.frameElement ?? null;
}

/** The element and its ancestors up to the top document, across shadow roots and frames. */
export function composedAncestors(el: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Node | null = el; node; node = composedParent(node)) if (node.nodeType === Node.ELEMENT_NODE) chain.push(node as Element);
  return chain;
}

/** Whether `inner` is `outer` or lies inside it, also through shadow roots and frames. */
export function composedContains(outer: Element, inner: Element): boolean {
  for (let node: Node | null = inner; node; node = composedParent(node)) if (node === outer) return true;
  return false;
}
