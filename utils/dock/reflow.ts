/**
 * Makes room for the sidebar by narrowing the page instead of covering it: the
 * console's log and composer stay fully visible and clickable. One style
 * element, owned by us, removed on cleanup.
 */
export function createReflow(doc: Document) {
  const style = doc.createElement('style');
  style.dataset.undertone = 'reflow';
  (doc.head ?? doc.documentElement).append(style);

  return {
    reserve(width: number) {
      // margin on <html> narrows the normal flow; apps sized with 100vw would
      // still overflow, so cap the body too.
      style.textContent = `html{margin-right:${width}px !important;}body{max-width:calc(100vw - ${width}px) !important;}`;
    },
    remove() {
      style.remove();
    },
  };
}
