import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';

const OVERSCAN = 6;

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  height: number;
  keyOf: (item: T) => string;
  renderRow: (item: T, index: number) => ComponentChildren;
  label: string;
}

/** Renders only the rows in view (plus a few), so ten thousand snippets scroll as smoothly as ten. */
export function VirtualList<T>({ items, rowHeight, height, keyOf, renderRow, label }: Props<T>) {
  const scrollTop = useSignal(0);
  const first = Math.max(0, Math.floor(scrollTop.value / rowHeight) - OVERSCAN);
  const shown = items.slice(first, first + Math.ceil(height / rowHeight) + 2 * OVERSCAN);

  return (
    <div
      class="virtual-viewport"
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
