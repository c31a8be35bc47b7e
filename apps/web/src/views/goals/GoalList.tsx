import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { moveGoal, placeOnDrop, type Goal } from '@partnerboard/board';
import { memo, useMemo, useRef, useState } from 'react';
import { useBoardSession } from '../../session/BoardSession';
import { useWrite } from '../../session/write';
import { GoalCard } from './GoalCard';

const SortableGoal = memo(function SortableGoal({ goal }: { goal: Goal }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: goal.id });
  // The same handle while dnd-kit's parts are the same, so that the memoised card is not drawn again.
  const dragHandle = useMemo(() => ({ attributes, listeners }), [attributes, listeners]);
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'goal-list__item goal-list__item--dragging' : 'goal-list__item'}
      data-list-item={goal.id}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <GoalCard goal={goal} dragHandle={dragHandle} dragHandleRef={setActivatorNodeRef} />
    </li>
  );
});

const instructions =
  'To move a goal, press Space or Enter on its move button to pick it up, then the arrow keys to move it. ' +
  'Press Space or Enter again to drop it, or Escape to put it back.';

/** The goals in their agreed order; editors reorder them by mouse, touch or keyboard, and the order is shared. */
export function GoalList({ goals }: { goals: readonly Goal[] }) {
  const { canEdit } = useBoardSession();
  const write = useWrite();
  // The order I just dropped into, shown until the board (re-read on the next frame) catches up, so the card does not jump back.
  const [dropped, setDropped] = useState<{ basis: readonly Goal[]; order: readonly Goal[] } | null>(null);
  const shown = dropped && dropped.basis === goals ? dropped.order : goals;
  const ids = useMemo(() => shown.map((goal) => goal.id), [shown]);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    // A short press before dragging, so a finger can still scroll the list on a tablet.
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // dnd-kit reports "over" again for the place a goal already is; say each place only once.
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const announcements = useMemo<Announcements>(() => {
    const title = (id: UniqueIdentifier) => shown.find((goal) => goal.id === id)?.title ?? 'goal';
    const position = (id: UniqueIdentifier) => `position ${ids.indexOf(String(id)) + 1} of ${ids.length}`;
    return {
      onDragStart: ({ active }) => {
        lastOver.current = active.id;
        return `Picked up goal ${title(active.id)}, at ${position(active.id)}.`;
      },
      onDragOver: ({ active, over }) => {
        if ((over?.id ?? null) === lastOver.current) return undefined;
        lastOver.current = over?.id ?? null;
        return over ? `Goal ${title(active.id)} is over ${position(over.id)}.` : `Goal ${title(active.id)} is not over a place in the list.`;
      },
      onDragEnd: ({ active, over }) =>
        over ? `Goal ${title(active.id)} dropped at ${position(over.id)}.` : `Goal ${title(active.id)} dropped where it was.`,
      onDragCancel: ({ active }) => `Moving goal ${title(active.id)} cancelled. It is back at ${position(active.id)}.`,
    };
  }, [shown, ids]);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const moving = String(active.id);
    const place = placeOnDrop(ids, moving, String(over.id));
    if (!place || !write((doc) => moveGoal(doc, moving, place)).ok) return;
    const goal = shown.find((candidate) => candidate.id === moving);
    const rest = shown.filter((candidate) => candidate.id !== moving);
    const at = place.after === null ? 0 : rest.findIndex((candidate) => candidate.id === place.after) + 1;
    if (goal) setDropped({ basis: goals, order: [...rest.slice(0, at), goal, ...rest.slice(at)] });
  };

  if (!canEdit) {
    return (
      <ol className="plain-list goal-list">
        {goals.map((goal) => (
          <li key={goal.id} className="goal-list__item" data-list-item={goal.id}>
            <GoalCard goal={goal} />
          </li>
        ))}
      </ol>
    );
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="plain-list goal-list">
          {shown.map((goal) => (
            <SortableGoal key={goal.id} goal={goal} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
