import { actionStatusLabel, goalProgress, type Board, type Id } from '@partnerboard/board';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useId, type ReactNode, type RefObject } from 'react';
import { StatusPill } from '../../components/StatusPill';
import { sameFields, useBoard } from '../../session/useBoard';
import type { CardContainer, Lane } from './boardLayout';
import type { CardOptions } from './cardOptions';
import { useRangeKeepingDragged } from './useRangeKeepingDragged';
import { Column } from './Column';

interface LanesProps {
  lanes: readonly Lane[];
  /** The cells as shown during a drag (the dragged card already in the cell it is over). */
  shown: readonly CardContainer[];
  options: CardOptions;
  activeId: Id | null;
  scrollElement: RefObject<HTMLDivElement | null>;
  footer(container: CardContainer): ReactNode;
}

/** With more cards than this, only the lanes in view are in the page (see virtualColumnThreshold). */
const virtualLanesThreshold = 240;

/** One row of status cells per goal. */
export function Lanes(props: LanesProps) {
  if (props.lanes.length === 0) {
    return <p className="board-view__empty">No goals yet. Add the plan's shared goals in the Goals view.</p>;
  }
  const cards = props.shown.reduce((sum, cell) => sum + cell.actionIds.length, 0);
  return cards > virtualLanesThreshold ? <VirtualLanes {...props} /> : <PlainLanes {...props} />;
}

function PlainLanes({ lanes, shown, options, activeId, footer }: LanesProps) {
  const shownById = new Map(shown.map((cell) => [cell.id, cell]));
  return (
    <div className="lanes lanes--plain">
      {lanes.map((lane) => (
        <LaneRow key={lane.goal?.id ?? 'orphans'} lane={lane} shownById={shownById} options={options} activeId={activeId} footer={footer} />
      ))}
    </div>
  );
}

/** Lanes of a very large board: only those in view (and the one holding the dragged card) are in the page. */
function VirtualLanes({ lanes, shown, options, activeId, scrollElement, footer }: LanesProps) {
  const shownById = new Map(shown.map((cell) => [cell.id, cell]));
  const activeLane = activeId ? lanes.findIndex((lane) => lane.cells.some((cell) => shownById.get(cell.id)?.actionIds.includes(activeId))) : -1;
  const rangeExtractor = useRangeKeepingDragged(activeLane);
  const virtualizer = useVirtualizer({
    count: lanes.length,
    getScrollElement: () => scrollElement.current,
    estimateSize: () => 280,
    getItemKey: (index) => lanes[index]?.goal?.id ?? `orphans-${index}`,
    overscan: 2,
    rangeExtractor,
  });

  return (
    <div className="lanes" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const lane = lanes[item.index];
        if (!lane) return null;
        return (
          <div
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="lane-slot"
            style={{ transform: `translateY(${item.start}px)` }}
          >
            <LaneRow lane={lane} shownById={shownById} options={options} activeId={activeId} footer={footer} />
          </div>
        );
      })}
    </div>
  );
}

function LaneRow({
  lane,
  shownById,
  options,
  activeId,
  footer,
}: {
  lane: Lane;
  shownById: Map<string, CardContainer>;
  options: CardOptions;
  activeId: Id | null;
  footer(container: CardContainer): ReactNode;
}) {
  const headingId = useId();
  const goalId = lane.goal?.id ?? null;
  const progress = useBoard(
    useCallback((board: Board) => (goalId ? goalProgress(board, goalId) : null), [goalId]),
    sameFields,
  );
  return (
    <section className="lane" aria-labelledby={headingId}>
      <header className="lane__header">
        <h2 id={headingId} className="lane__title">
          {lane.goal ? lane.goal.title : 'Actions whose goal was deleted'}
        </h2>
        {lane.goal ? <StatusPill kind="goal" status={lane.goal.status} /> : null}
        {progress ? (
          <span className="lane__progress">
            {progress.done} of {progress.total} actions done
          </span>
        ) : null}
      </header>
      <div className="lane__cells">
        {lane.cells.map((cell) => {
          const container = shownById.get(cell.id) ?? cell;
          return (
            <Column
              key={cell.id}
              container={container}
              title={actionStatusLabel[cell.status]}
              options={options}
              activeId={activeId}
              virtual={false}
              headingLevel={3}
              footer={lane.goal ? footer(container) : null}
            />
          );
        })}
      </div>
    </section>
  );
}
