// A windowed list of fixed-height rows: only the rows in view (plus a margin) are in the DOM.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  getKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  /** The row the keyboard cursor is on; it is kept in view. */
  activeIndex: number;
  label: string;
  id: string;
  /** Rows rendered beyond each edge of the viewport, so fast scrolling does not show blanks. */
  overscan?: number;
  /** Called when the viewport nears the end, to fetch the next page. */
  onNearEnd?: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  rowId: (item: T) => string;
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight, getKey, renderRow, activeIndex, label, id, overscan = 6, onNearEnd, onKeyDown, rowId } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const frame = useRef(0);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    setHeight(element.clientHeight);
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Scroll events can fire faster than frames; one state update per frame is all the eye sees.
  const onScroll = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (viewport.current) setScrollTop(viewport.current.scrollTop);
    });
  }, []);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  useEffect(() => {
    const element = viewport.current;
    if (!element || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight - element.clientHeight;
  }, [activeIndex, rowHeight]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  useEffect(() => {
    if (onNearEnd && last >= items.length - overscan * 4) onNearEnd();
  }, [last, items.length, overscan, onNearEnd]);

  const rows: ReactNode[] = [];
  for (let index = first; index < last; index++) {
    const item = items[index]!;
    rows.push(
      <div key={getKey(item)} role="presentation" className="virtual-row" style={{ transform: `translateY(${index * rowHeight}px)`, height: rowHeight }}>
        {renderRow(item, index)}
      </div>,
    );
  }
  const active = items[activeIndex];

  return (
    <div
      ref={viewport}
      id={id}
      className="virtual-viewport"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={active ? rowId(active) : undefined}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <div role="presentation" className="virtual-spacer" style={{ height: items.length * rowHeight }}>{rows}</div>
    </div>
  );
}
