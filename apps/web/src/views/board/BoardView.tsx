import { DndContext, DragOverlay, MeasuringStrategy } from '@dnd-kit/core';
import { actionStatusLabel, filterActions, moveAction, type Id } from '@partnerboard/board';
import { useCallback, useMemo, useRef } from 'react';
import { Button } from '../../components/Button';
import { focusAfterMove } from '../../components/focusLanding';
import { MineNote } from '../../join/MineNote';
import { useBoardSession } from '../../session/BoardSession';
import { useWrite } from '../../session/write';
import { useUi } from '../../state/ui';
import { filtersOn, isFiltering } from '../../state/viewFilters';
import { ActionCard } from './ActionCard';
import { AddActionForm } from './AddActionForm';
import { columnsOf, lanesOf, type CardContainer } from './boardLayout';
import { boardLookup } from './boardLookup';
import { Column } from './Column';
import { Lanes } from './Lanes';
import { LivePointers, useSharePointer } from './LivePointers';
import { useBoardSensors } from './sensors';
import { useBoardDnd, type BoardMove } from './useBoardDnd';
import './board.css';

const screenReaderInstructions = {
  draggable:
    'To move this action, press Space to pick it up, use the arrow keys to move it between columns and along a column, then press Space to drop it or Escape to cancel. Press Enter to open it.',
};

/** The Board view: actions as cards in status columns, optionally in one lane per goal, moved by drag and drop. */
export function BoardView() {
  const { board, today, canEdit, me, actor } = useBoardSession();
  const filters = useUi((s) => s.filters);
  const swimlanes = useUi((s) => s.swimlanes);
  const showPointers = useUi((s) => s.showPointers);
  const openDetail = useUi((s) => s.openDetail);
  const clearFilters = useUi((s) => s.clearFilters);
  const write = useWrite();
  const canvas = useRef<HTMLDivElement>(null);
  useSharePointer(canvas);

  const actions = useMemo(() => filterActions(board, filtersOn('board', filters), today, me), [board, filters, today, me]);
  const lanes = useMemo(() => (swimlanes ? lanesOf(board.goals, actions) : null), [swimlanes, board.goals, actions]);
  const containers = useMemo(() => (lanes ? lanes.flatMap((lane) => lane.cells) : columnsOf(actions)), [lanes, actions]);
  const openAction = useCallback((id: Id) => openDetail('action', id), [openDetail]);
  const lookup = useMemo(
    () => boardLookup(board, today, { showGoal: !swimlanes, canEdit, openAction }),
    [board, today, swimlanes, canEdit, openAction],
  );

  const titleOf = useCallback((id: Id) => `“${lookup.action(id)?.title ?? 'untitled'}”`, [lookup]);
  const labelOf = useCallback(
    (container: CardContainer) => {
      const status = actionStatusLabel[container.status];
      const goal = container.goalId ? lookup.goal(container.goalId) : undefined;
      return goal ? `${status}, goal ${goal.title}` : status;
    },
    [lookup],
  );
  const onMove = useCallback(
    ({ actionId, status, goalId, after, before }: BoardMove) => {
      const goalChange = goalId !== null && goalId !== lookup.action(actionId)?.goalId ? { goalId } : {};
      // A card dropped in another column is drawn anew there; the keyboard focus follows it.
      if (write((doc) => moveAction(doc, actionId, { status, ...goalChange, after, before }, actor)).ok) focusAfterMove(actionId);
    },
    [write, actor, lookup],
  );

  const dnd = useBoardDnd({ containers, titleOf, labelOf, onMove });
  const sensors = useBoardSensors(dnd.keyboardCoordinates);
  const active = dnd.activeId ? lookup.action(dnd.activeId) : undefined;
  const activeOwner = active ? lookup.person(active.ownerId) : undefined;

  const footer = (container: CardContainer) =>
    canEdit ? (
      <AddActionForm
        status={container.status}
        goalId={container.goalId}
        goals={board.goals}
        lastActionId={container.actionIds[container.actionIds.length - 1]}
        placeLabel={labelOf(container)}
      />
    ) : null;

  return (
    <div className="board-view">
      {isFiltering('board', filters) ? (
        <p className="board-view__filtered" role="status">
          Showing {actions.length} of {board.actions.length} actions.{' '}
          <Button variant="ghost" size="small" onClick={() => clearFilters('board')}>
            Show all
          </Button>
        </p>
      ) : null}
      {filters.mine && actions.length === 0 ? (
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
              lookup={lookup}
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
                  lookup={lookup}
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
        <DragOverlay dropAnimation={null}>
          {active ? (
            <div className="sortable-card sortable-card--overlay">
              <ActionCard
                action={active}
                owner={activeOwner}
                ownerPartner={lookup.partnerOf(activeOwner)}
                goal={lookup.showGoal ? lookup.goal(active.goalId) : undefined}
                overdue={lookup.isOverdue(active)}
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
          ) : null}
        </DragOverlay>
      </DndContext>
    </div>
  );
}
