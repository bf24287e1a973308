// A list as an ARIA table whose body is virtualised: only the rows in view
// are in the DOM, each with its aria-rowindex, so screen readers still know
// the size and position. The first cell usually holds the row's button (for
// the keyboard); a click anywhere else on the row opens it too.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type MouseEvent, type ReactNode } from 'react';
import { useListScrollMemory } from '../navigation/use-scroll-memory';

export interface VirtualColumn<T> {
  header: ReactNode;
  cell(item: T): ReactNode;
  /** Class for both the header and the cells of this column. */
  className?: string;
}

export interface VirtualTableClasses {
  table: string;
  row: string;
  body: string;
}

interface Props<T> {
  label: string;
  items: readonly T[];
  columns: readonly VirtualColumn<T>[];
  rowKey(item: T): number | string;
  onOpen(item: T): void;
  rowHeight: number;
  classes: VirtualTableClasses;
}

export function VirtualTable<T>({ label, items, columns, rowKey, onOpen, rowHeight, classes }: Props<T>) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => bodyRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  // Back to the list: where the user had scrolled it. After the virtualizer, which starts its
  // element at the top as it mounts.
  useListScrollMemory(label, bodyRef);

  function rowClick(event: MouseEvent<HTMLDivElement>, item: T) {
    // A button in the row handles its own click.
    if ((event.target as HTMLElement).closest('button')) return;
    onOpen(item);
  }

  return (
    <div role="table" aria-label={label} aria-rowcount={items.length + 1} className={classes.table}>
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={classes.row} data-header>
          {columns.map((column, i) => (
            <div key={i} role="columnheader" className={column.className}>
              {column.header}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" ref={bodyRef} className={classes.body}>
        <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => {
            const item = items[row.index];
            if (item === undefined) return null;
            return (
              <div
                key={rowKey(item)}
                role="row"
                aria-rowindex={row.index + 2}
                className={classes.row}
                style={{ top: row.start, height: row.size }}
                onClick={(e) => rowClick(e, item)}
              >
                {columns.map((column, i) => (
                  <div key={i} role="cell" className={column.className}>
                    {column.cell(item)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
