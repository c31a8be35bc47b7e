import {
  closestCenter,
  closestCorners,
  pointerWithin,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import { placeAt, type ActionStatus, type Id } from '@partnerboard/board';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CardContainer } from './boardLayout';

/** Where the dragged card shows while it is over another container. */
interface DragPreview {
  activeId: Id;
  containerId: string;
  index: number;
}

export interface BoardMove {
  actionId: Id;
  status: ActionStatus;
  /** Set when the card moves into another goal's swimlane. */
  goalId: Id | null;
  after: Id | null;
  before: Id | null;
}

interface Options {
  containers: readonly CardContainer[];
  titleOf(actionId: Id): string;
  labelOf(container: CardContainer): string;
  onMove(move: BoardMove): void;
}

function withPreview(containers: readonly CardContainer[], preview: DragPreview | null): CardContainer[] {
  if (!preview) return containers as CardContainer[];
  return containers.map((container) => {
    const without = container.actionIds.filter((id) => id !== preview.activeId);
    if (container.id !== preview.containerId) {
      return without.length === container.actionIds.length ? container : { ...container, actionIds: without };
    }
    const actionIds = [...without];
    actionIds.splice(Math.min(preview.index, actionIds.length), 0, preview.activeId);
    return { ...container, actionIds };
  });
}

type Step = 'up' | 'down' | 'left' | 'right';
const arrowSteps: Record<string, Step | undefined> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/** How many cells a swimlane row has: one per status. */
const cellsPerLane = 4;

/**
 * Where one arrow key takes the dragged card, from the card (or container) it is over now: up and
 * down along the column (and on into the same column of the next swimlane at either end), left and
 * right to the neighbouring column at the same height. Returns a card id or, for an empty
 * container, the container's id; undefined when there is nowhere to go.
 */
export function keyboardTarget(lists: readonly CardContainer[], activeId: Id, currentId: string, step: Step): string | undefined {
  const index = lists.findIndex((c) => c.id === currentId || c.actionIds.includes(currentId));
  const container = lists[index];
  if (!container) return undefined;
  const ids = container.actionIds;
  const onContainer = container.id === currentId;
  const at = onContainer ? -1 : ids.indexOf(currentId);
  const lane = (c: CardContainer | undefined) => (c ? `${c.id.split(':')[0]}:${c.goalId ?? ''}` : '');
  const others = (c: CardContainer) => c.actionIds.filter((id) => id !== activeId);

  if (step === 'up' || step === 'down') {
    const next = ids[onContainer ? (step === 'up' ? ids.length - 1 : 0) : at + (step === 'up' ? -1 : 1)];
    if (next !== undefined) return next;
    const laneCell = lists[index + (step === 'up' ? -cellsPerLane : cellsPerLane)];
    if (!laneCell || laneCell.status !== container.status || laneCell.goalId === container.goalId) return undefined;
    const cards = others(laneCell);
    return (step === 'up' ? cards[cards.length - 1] : cards[0]) ?? laneCell.id;
  }
  const neighbour = lists[index + (step === 'left' ? -1 : 1)];
  if (!neighbour || lane(neighbour) !== lane(container)) return undefined;
  const cards = others(neighbour);
  const position = Math.max(0, currentId === activeId ? ids.indexOf(activeId) : others(container).indexOf(currentId));
  return cards[Math.min(position, cards.length - 1)] ?? neighbour.id;
}

/**
 * Drag and drop of action cards between status columns (and goal swimlanes), by mouse, touch and
 * keyboard. While a card is over another container it is shown there; on drop the move is written
 * once, as neighbours for moveAction's fractional index.
 */
export function useBoardDnd({ containers, titleOf, labelOf, onMove }: Options) {
  const [preview, setPreview] = useState<DragPreview | null>(null);
  const shown = useMemo(() => withPreview(containers, preview), [containers, preview]);
  // For dnd-kit's callbacks, which run between renders: the containers and preview last drawn.
  const shownRef = useRef(shown);
  const previewRef = useRef(preview);
  useLayoutEffect(() => {
    shownRef.current = shown;
    previewRef.current = preview;
  });
  const origin = useRef<{ containerId: string; index: number } | null>(null);

  /** A column or cell that holds cards other than the dragged one (a drop there aims at a card). */
  const isContainerWithCards = useCallback((id: UniqueIdentifier) => {
    const container = shownRef.current.find((c) => c.id === id);
    const activeId = previewRef.current?.activeId;
    return container !== undefined && container.actionIds.some((card) => card !== activeId);
  }, []);

  const findContainer = useCallback((id: UniqueIdentifier): CardContainer | undefined => {
    const lists = shownRef.current;
    return lists.find((c) => c.id === id) ?? lists.find((c) => c.actionIds.includes(String(id)));
  }, []);

  // Pointer: the container under the pointer, then the closest card in it. Keyboard: the card (or
  // empty container) whose corners the moved card now sits on, as keyboardCoordinates put it there.
  const collisionDetection: CollisionDetection = useCallback(
    (args) => {
      if (!args.pointerCoordinates) {
        const targets = args.droppableContainers.filter((droppable) => !isContainerWithCards(droppable.id));
        return closestCorners({ ...args, droppableContainers: targets });
      }
      const hits = pointerWithin(args);
      const found = hits.length > 0 ? hits : closestCorners(args);
      const first = found[0];
      if (!first) return found;
      const container = shownRef.current.find((c) => c.id === first.id);
      if (container && container.actionIds.length > 0) {
        const cards = args.droppableContainers.filter(
          (droppable) => droppable.id !== args.active.id && container.actionIds.includes(String(droppable.id)),
        );
        const closest = closestCenter({ ...args, droppableContainers: cards });
        if (closest.length > 0) return closest;
      }
      return found;
    },
    [isContainerWithCards],
  );

  const onDragStart = useCallback(({ active }: DragStartEvent) => {
    const container = findContainer(active.id);
    if (!container) return;
    const index = container.actionIds.indexOf(String(active.id));
    origin.current = { containerId: container.id, index };
    setPreview({ activeId: String(active.id), containerId: container.id, index });
  }, [findContainer]);

  const onDragOver = useCallback(({ active, over, activatorEvent }: DragOverEvent) => {
    if (!over) return;
    const from = findContainer(active.id);
    const to = findContainer(over.id);
    if (!from || !to || from.id === to.id) return;
    const overIsCard = to.id !== over.id;
    let index = to.actionIds.length;
    if (overIsCard) {
      index = to.actionIds.indexOf(String(over.id));
      const activeRect = active.rect.current.translated;
      // By keyboard the card takes the place of the card it landed on; by pointer, it goes below when past its middle.
      const byKeyboard = activatorEvent instanceof KeyboardEvent;
      const below =
        !byKeyboard && activeRect !== null && activeRect.top + activeRect.height / 2 > over.rect.top + over.rect.height / 2;
      if (below) index += 1;
    }
    setPreview({ activeId: String(active.id), containerId: to.id, index });
  }, [findContainer]);

  const finish = useCallback(() => {
    setPreview(null);
    origin.current = null;
  }, []);

  const onDragEnd = useCallback(({ active, over }: DragEndEvent) => {
    const start = origin.current;
    const activeId = String(active.id);
    const container = findContainer(active.id);
    if (!start || !container || !over) return finish();
    let ids = container.actionIds;
    const from = ids.indexOf(activeId);
    const overIndex = ids.indexOf(String(over.id));
    if (overIndex >= 0 && overIndex !== from) ids = arrayMove(ids, from, overIndex);
    const index = ids.indexOf(activeId);
    finish();
    if (container.id === start.containerId && index === start.index) return;
    onMove({ actionId: activeId, status: container.status, goalId: container.goalId, ...placeAt(ids, activeId, index) });
  }, [findContainer, finish, onMove]);

  const announcements: Announcements = useMemo(() => {
    const where = (activeId: UniqueIdentifier, overId: UniqueIdentifier | undefined) => {
      const container = overId !== undefined ? findContainer(overId) : findContainer(activeId);
      if (!container) return null;
      const ids = container.actionIds.includes(String(activeId))
        ? container.actionIds
        : [...container.actionIds, String(activeId)];
      const overIndex = overId !== undefined ? ids.indexOf(String(overId)) : -1;
      const position = (overIndex >= 0 ? overIndex : ids.indexOf(String(activeId))) + 1;
      return `${labelOf(container)}, position ${position} of ${ids.length}`;
    };
    // The first "over" of a drag is the card itself: saying "moved" then would drown "picked up".
    const moved = { current: false };
    return {
      onDragStart: ({ active }) => {
        moved.current = false;
        return `Picked up action ${titleOf(String(active.id))}. In ${where(active.id, undefined) ?? 'the board'}.`;
      },
      onDragOver: ({ active, over }) => {
        if (!moved.current && over?.id === active.id) return undefined;
        moved.current = true;
        return over
          ? `Action ${titleOf(String(active.id))} moved to ${where(active.id, over.id)}.`
          : `Action ${titleOf(String(active.id))} is not over a column.`;
      },
      onDragEnd: ({ active, over }) =>
        over
          ? `Dropped action ${titleOf(String(active.id))} in ${where(active.id, over.id)}.`
          : `Dropped action ${titleOf(String(active.id))} outside the board; it did not move.`,
      onDragCancel: ({ active }) => `Moving action ${titleOf(String(active.id))} was cancelled; it is back where it was.`,
    };
  }, [findContainer, labelOf, titleOf]);

  const keyboardCoordinates: KeyboardCoordinateGetter = useCallback(
    (event, { context: { active, over, droppableRects } }) => {
      const step = arrowSteps[event.code];
      if (!step) return undefined;
      event.preventDefault();
      if (!active) return undefined;
      const target = keyboardTarget(shownRef.current, String(active.id), over ? String(over.id) : String(active.id), step);
      const rect = target === undefined ? undefined : droppableRects.get(target);
      return rect ? { x: rect.left, y: rect.top } : undefined;
    },
    [],
  );

  return {
    containers: shown,
    keyboardCoordinates,
    activeId: preview?.activeId ?? null,
    collisionDetection,
    onDragStart,
    onDragOver,
    onDragEnd,
    onDragCancel: finish,
    announcements,
  };
}
