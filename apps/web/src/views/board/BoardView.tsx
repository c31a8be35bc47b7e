import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core';
import { actionStatusLabel, filterActions, moveAction, type Board, type Id } from '@partnerboard/board';
import { useCallback, useMemo, useRef } from 'react';
import { Button } from '../../components/Button';
import { focusAfterMove } from '../../components/focusLanding';
import { MineNote } from '../../join/MineNote';
import { useBoardSession } from '../../session/BoardSession';
import { byId, selectGoals, useBoard, useLiveBoardStore } from '../../session/useBoard';
import { useWrite } from '../../session/write';
import { useUi } from '../../state/ui';
import { filtersOn, isFiltering } from '../../filters/viewFilters';
import { ActionCard } from './ActionCard';
import { AddActionForm } from './AddActionForm';
import { layoutOf, sameLayout, type CardContainer } from './boardLayout';
import type { CardOptions } from './cardOptions';
import { Column } from './Column';
import { Lanes } from './Lanes';
import { LivePointers, useSharePointer } from './LivePointers';
import { useBoardSensors } from './sensors';
import { useBoardDnd, type BoardMove } from './useBoardDnd';
import { useCardData } from './useCardData';
import './board.css';

const screenReaderInstructions = {
  draggable:
    'To move this action, press Space to pick it up, use the arrow keys to move it between columns and along a column, then press Space to drop it or Escape to cancel. Press Enter to open it.',
};

/** The Board view: actions as cards in status columns, optionally in one lane per goal, moved by drag and drop. */
export function BoardView() {
  const { today, canEdit, me, actor } = useBoardSession();
  const live = useLiveBoardStore();
  const goals = useBoard(selectGoals);
  const filters = useUi((s) => s.filters);
  const swimlanes = useUi((s) => s.swimlanes);
  const showPointers = useUi((s) => s.showPointers);
  const openDetail = useUi((s) => s.openDetail);
  const clearFilters = useUi((s) => s.clearFilters);
  const write = useWrite();
  const canvas = useRef<HTMLDivElement>(null);
  useSharePointer(canvas);

  // Only where cards sit: an edit inside one card re-renders that card, not the board view.
  const layout = useBoard(
    useCallback(
      (board: Board) => layoutOf(board.goals, filterActions(board, filtersOn('board', filters), today, me), board.actions.length, swimlanes),
      [filters, today, me, swimlanes],
    ),
    sameLayout,
  );
  const { lanes, containers } = layout;
  const openAction = useCallback((id: Id) => openDetail('action', id), [openDetail]);
  const options = useMemo<CardOptions>(() => ({ showGoal: !swimlanes, canEdit, openAction }), [swimlanes, canEdit, openAction]);

  // Drag and drop reads the board as it is at the moment it asks.
  const titleOf = useCallback((id: Id) => `“${byId(live.getBoard().actions, id)?.title ?? 'untitled'}”`, [live]);
  const labelOf = useCallback(
    (container: CardContainer) => {
      const status = actionStatusLabel[container.status];
      const goal = byId(goals, container.goalId);
      return goal ? `${status}, goal ${goal.title}` : status;
    },
    [goals],
  );
  const onMove = useCallback(
    ({ actionId, status, goalId, after, before }: BoardMove) => {
      const goalChange = goalId !== null && goalId !== byId(live.getBoard().actions, actionId)?.goalId ? { goalId } : {};
      // A card dropped in another column is drawn anew there; the keyboard focus follows it.
      if (write((doc) => moveAction(doc, actionId, { status, ...goalChange, after, before }, actor)).ok) focusAfterMove(actionId);
    },
    [write, actor, live],
  );

  const dnd = useBoardDnd({ containers, titleOf, labelOf, onMove });
  const sensors = useBoardSensors(dnd.keyboardCoordinates);

  const footer = (container: CardContainer) =>
    canEdit ? (
      <AddActionForm
        status={container.status}
        goalId={container.goalId}
        goals={goals}
        lastActionId={container.actionIds[container.actionIds.length - 1]}
        placeLabel={labelOf(container)}
      />
    ) : null;

  return (
    <div className="board-view">
      {isFiltering('board', filters) ? (
        <p className="board-view__filtered" role="status">
          Showing {layout.shown} of {layout.total} actions.{' '}
          <Button variant="ghost" size="small" onClick={() => clearFilters('board')}>
            Show all
          </Button>
        </p>
      ) : null}
      {filters.mine && layout.shown === 0 ? (
        <p className="mine-note mine-note--board" role="status">
          <MineNote what="actions" />
        </p>
      ) : null}
      <DndContext
        sensors={sensors}
        collisionDetection={dnd.collisionDetection}
        measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
        onDragStart={dnd.onDragStart}
        onDragOver={dnd.onDragOver}
        onDragEnd={dnd.onDragEnd}
        onDragCancel={dnd.onDragCancel}
        accessibility={{ announcements: dnd.announcements, screenReaderInstructions }}
      >
        <div
          ref={canvas}
          className={['board-canvas', lanes ? 'board-canvas--lanes' : 'board-canvas--columns'].join(' ')}
        >
          {lanes ? (
            <Lanes
              lanes={lanes}
              shown={dnd.containers}
              options={options}
              activeId={dnd.activeId}
              scrollElement={canvas}
              footer={footer}
            />
          ) : (
            <div className="board-columns">
              {dnd.containers.map((container) => (
                <Column
                  key={container.id}
                  container={container}
                  title={actionStatusLabel[container.status]}
                  options={options}
                  activeId={dnd.activeId}
                  virtual
                  scrollElement={canvas}
                  headingLevel={2}
                  footer={footer(container)}
                />
              ))}
            </div>
          )}
          {showPointers ? <LivePointers /> : null}
        </div>
        <DragOverlay dropAnimation={null}>{dnd.activeId ? <DraggedCard actionId={dnd.activeId} showGoal={options.showGoal} /> : null}</DragOverlay>
      </DndContext>
    </div>
  );
}

/** The card under the pointer while it is dragged. */
function DraggedCard({ actionId, showGoal }: { actionId: Id; showGoal: boolean }) {
  const card = useCardData(actionId);
  if (!card) return null;
  return (
    <div className="sortable-card sortable-card--overlay">
      <ActionCard
        action={card.action}
        owner={card.owner}
        ownerPartner={card.ownerPartner}
        goal={showGoal ? card.goal : undefined}
        overdue={card.overdue}
        canEdit={false}
        onOpen={() => undefined}
        renaming={false}
        setRenaming={() => undefined}
        isDragging
        handleRef={() => undefined}
        roleDescription={undefined}
        describedBy={undefined}
      />
    </div>
  );
}
