import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

const OVERSCAN = 6;

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  height: number;
  keyOf: (item: T) => string;
  renderRow: (item: T, index: number) => ComponentChildren;
  label: string;
  /** Back to the top when this changes (a new filter): the old position means nothing in the new list. */
  resetOn?: unknown;
}

/** Renders only the rows in view (plus a few), so ten thousand snippets scroll as smoothly as ten. */
export function VirtualList<T>({ items, rowHeight, height, keyOf, renderRow, label, resetOn }: Props<T>) {
  const scrollTop = useSignal(0);
  const viewport = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (viewport.current) viewport.current.scrollTop = 0;
    scrollTop.value = 0;
  }, [resetOn]);
  const inView = Math.ceil(height / rowHeight) + 2 * OVERSCAN;
  // A shorter list than the remembered position allows: show its end.
  const first = Math.max(0, Math.min(Math.floor(scrollTop.value / rowHeight) - OVERSCAN, items.length - inView));
  const shown = items.slice(first, first + inView);

  return (
    <div
      class="virtual-viewport"
      ref={viewport}
      role="rowgroup"
      aria-label={label}
      style={{ height: `${Math.min(height, Math.max(rowHeight, items.length * rowHeight))}px` }}
      onScroll={(e) => (scrollTop.value = e.currentTarget.scrollTop)}
    >
      <div style={{ height: `${items.length * rowHeight}px`, position: 'relative' }}>
        {shown.map((item, i) => (
          <div key={keyOf(item)} style={{ position: 'absolute', top: `${(first + i) * rowHeight}px`, left: 0, right: 0, height: `${rowHeight}px` }}>
            {renderRow(item, first + i)}
          </div>
        ))}
      </div>
    </div>
  );
}
