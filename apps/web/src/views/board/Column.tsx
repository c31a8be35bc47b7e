import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useLayoutEffect, useState, type ReactNode, type RefObject } from 'react';
import { useUi } from '../../state/ui';
import type { CardContainer } from './boardLayout';
import { SortableActionCard } from './SortableActionCard';
import type { CardOptions } from './cardOptions';
import { useRangeKeepingDragged } from './useRangeKeepingDragged';

interface ColumnProps {
  container: CardContainer;
  /** Heading, e.g. "In progress". */
  title: string;
  options: CardOptions;
  activeId: string | null;
  /** Long columns render only the cards in view of the board's scroll area; swimlane cells render all. */
  virtual: boolean;
  /** The board's scroll area (one for the whole board, so keyboard moves and autoscroll see one scroller). */
  scrollElement?: RefObject<HTMLElement | null>;
  /** Heading level: columns are h2, cells in a goal's lane are h3. */
  headingLevel: 2 | 3;
  footer?: ReactNode;
}

// A first guess before a card is measured; cards are measured as they render.
const estimatedCardHeight = 132;

/**
 * Columns longer than this render only the cards in view. Shorter ones render every card, so the
 * browser's find-in-page and a screen reader's list navigation see the whole column.
 */
export const virtualColumnThreshold = 60;

/** Scrolls the action asked for by revealAction into view, once it is in this column. */
function useReveal(ids: readonly string[], scrollToIndex: ((index: number) => void) | null, root: HTMLElement | null) {
  const revealId = useUi((s) => s.revealActionId);
  const revealAction = useUi((s) => s.revealAction);
  useEffect(() => {
    if (!revealId) return;
    const index = ids.indexOf(revealId);
    if (index < 0) return;
    if (scrollToIndex) scrollToIndex(index);
    else root?.querySelector(`[data-action-id="${CSS.escape(revealId)}"]`)?.scrollIntoView({ block: 'nearest' });
    revealAction(null);
  }, [revealId, ids, scrollToIndex, root, revealAction]);
}

/** One status column (or one goal's cell of it): a drop target holding sortable cards. */
export function Column({ container, title, options, activeId, virtual, scrollElement, headingLevel, footer }: ColumnProps) {
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: container.id, data: { type: 'container' } });
  const count = container.actionIds.length;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // In a goal's lane the lane is the landmark: its cells, named alike in every lane, are groups in it.
  const Frame = headingLevel === 2 ? 'section' : 'div';

  return (
    <Frame
      className={['column', `column--${container.status}`, isOver ? 'column--over' : ''].filter(Boolean).join(' ')}
      role={headingLevel === 3 ? 'group' : undefined}
      aria-labelledby={headingId}
    >
      <header className="column__header">
        <Heading id={headingId} className="column__title" tabIndex={-1}>
          {title}
        </Heading>
        <span className="column__count">
          {count} {count === 1 ? 'action' : 'actions'}
        </span>
      </header>
      <SortableContext id={container.id} items={container.actionIds} strategy={verticalListSortingStrategy}>
        {virtual && scrollElement && count > virtualColumnThreshold ? (
          <VirtualCards
            container={container}
            options={options}
            activeId={activeId}
            dropRef={setNodeRef}
            label={title}
            scrollElement={scrollElement}
          />
        ) : (
          <PlainCards container={container} options={options} dropRef={setNodeRef} label={title} />
        )}
      </SortableContext>
      {count === 0 ? <p className="column__empty">No actions</p> : null}
      {footer}
    </Frame>
  );
}

interface PlainCardsProps {
  container: CardContainer;
  options: CardOptions;
  dropRef(node: HTMLElement | null): void;
  label: string;
}

/** Every card of a short column. */
function PlainCards({ container, options, dropRef, label }: PlainCardsProps) {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  useReveal(container.actionIds, null, root);
  const setRef = useCallback(
    (node: HTMLOListElement | null) => {
      setRoot(node);
      dropRef(node);
    },
    [dropRef],
  );
  return (
    <div className="column__body">
      <ol className="plain-list column__cards" ref={setRef} aria-label={label}>
        {container.actionIds.map((id) => (
          <li key={id} className="column__slot" data-list-item={id}>
            <SortableActionCard actionId={id} containerId={container.id} options={options} />
          </li>
        ))}
      </ol>
    </div>
  );
}

interface VirtualCardsProps {
  container: CardContainer;
  options: CardOptions;
  activeId: string | null;
  dropRef(node: HTMLElement | null): void;
  label: string;
  scrollElement: RefObject<HTMLElement | null>;
}

/** The cards of a long column: only those in view of the board's scroll area (and the one being dragged) are in the page. */
function VirtualCards({ container, options, activeId, dropRef, label, scrollElement }: VirtualCardsProps) {
  const [list, setList] = useState<HTMLOListElement | null>(null);
  const [listTop, setListTop] = useState(0);
  const ids = container.actionIds;
  const activeIndex = activeId ? ids.indexOf(activeId) : -1;
  const rangeExtractor = useRangeKeepingDragged(activeIndex);
  // Where the list starts inside the scroll area: the virtualizer counts from the area's top.
  useLayoutEffect(() => {
    const area = scrollElement.current;
    if (!list || !area) return;
    const measure = () =>
      setListTop(list.getBoundingClientRect().top - area.getBoundingClientRect().top + area.scrollTop);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(area);
    return () => observer.disconnect();
  }, [list, scrollElement]);
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => estimatedCardHeight,
    getItemKey: (index) => ids[index] ?? index,
    overscan: 4,
    scrollMargin: listTop,
    rangeExtractor,
  });
  const scrollToIndex = useCallback((index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }), [virtualizer]);
  useReveal(ids, scrollToIndex, null);
  const setRef = useCallback(
    (node: HTMLOListElement | null) => {
      setList(node);
      dropRef(node);
    },
    [dropRef],
  );

  return (
    <div className="column__body">
      <ol ref={setRef} className="plain-list column__cards column__cards--virtual" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const id = ids[item.index];
          if (id === undefined) return null;
          return (
            <li
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="column__slot column__slot--virtual"
              data-list-item={id}
              aria-setsize={ids.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start - listTop}px)` }}
            >
              <SortableActionCard actionId={id} containerId={container.id} options={options} />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
