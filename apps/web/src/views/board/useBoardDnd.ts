import {
  closestCenter,
  closestCorners,
  pointerWithin,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import type { ActionStatus, Id } from '@partnerboard/board';
import { useCallback, useMemo, useRef, useState } from 'react';
import { placementAt, type CardContainer } from './boardLayout';

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

/**
 * Drag and drop of action cards between status columns (and goal swimlanes), by mouse, touch and
 * keyboard. While a card is over another container it is shown there; on drop the move is written
 * once, as neighbours for moveAction's fractional index.
 */
export function useBoardDnd({ containers, titleOf, labelOf, onMove }: Options) {
  const [preview, setPreview] = useState<DragPreview | null>(null);
  const shown = useMemo(() => withPreview(containers, preview), [containers, preview]);
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const origin = useRef<{ containerId: string; index: number } | null>(null);

  const findContainer = useCallback((id: UniqueIdentifier): CardContainer | undefined => {
    const lists = shownRef.current;
    return lists.find((c) => c.id === id) ?? lists.find((c) => c.actionIds.includes(String(id)));
  }, []);

  // Pointer: the container under the pointer, then the closest card in it. Keyboard: closest corners.
  const collisionDetection: CollisionDetection = useCallback(
    (args) => {
      const hits = pointerWithin(args);
      const found = hits.length > 0 ? hits : closestCorners(args);
      const first = found[0];
      console.log('collide', hits.length, found.slice(0, 3).map((f) => f.id), JSON.stringify(args.collisionRect));
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
    [],
  );

  const onDragStart = useCallback(({ active }: DragStartEvent) => {
    const container = findContainer(active.id);
    if (!container) return;
    const index = container.actionIds.indexOf(String(active.id));
    origin.current = { containerId: container.id, index };
    setPreview({ activeId: String(active.id), containerId: container.id, index });
  }, [findContainer]);

  const onDragOver = useCallback(({ active, over }: DragOverEvent) => {
    if (!over) return;
    const from = findContainer(active.id);
    const to = findContainer(over.id);
    if (!from || !to || from.id === to.id) return;
    const overIsCard = to.id !== over.id;
    let index = to.actionIds.length;
    if (overIsCard) {
      index = to.actionIds.indexOf(String(over.id));
      const activeRect = active.rect.current.translated;
      const below = activeRect !== null && activeRect.top + activeRect.height / 2 > over.rect.top + over.rect.height / 2;
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
    onMove({ actionId: activeId, status: container.status, goalId: container.goalId, ...placementAt(ids, activeId, index) });
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
    return {
      onDragStart: ({ active }) => `Picked up action ${titleOf(String(active.id))}. In ${where(active.id, undefined) ?? 'the board'}.`,
      onDragOver: ({ active, over }) =>
        over ? `Action ${titleOf(String(active.id))} moved to ${where(active.id, over.id)}.` : `Action ${titleOf(String(active.id))} is not over a column.`,
      onDragEnd: ({ active, over }) =>
        over
          ? `Dropped action ${titleOf(String(active.id))} in ${where(active.id, over.id)}.`
          : `Dropped action ${titleOf(String(active.id))} outside the board; it did not move.`,
      onDragCancel: ({ active }) => `Moving action ${titleOf(String(active.id))} was cancelled; it is back where it was.`,
    };
  }, [findContainer, labelOf, titleOf]);

  const isContainerWithCards = useCallback(
    (id: UniqueIdentifier) => shownRef.current.some((c) => c.id === id && c.actionIds.some((card) => card !== preview?.activeId)),
    [preview?.activeId],
  );

  return {
    containers: shown,
    isContainerWithCards,
    activeId: preview?.activeId ?? null,
    collisionDetection,
    onDragStart,
    onDragOver,
    onDragEnd,
    onDragCancel: finish,
    announcements,
  };
}
