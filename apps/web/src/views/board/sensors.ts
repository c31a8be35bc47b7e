import {
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type KeyboardCoordinateGetter,
  type PointerSensorOptions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo, type PointerEvent as ReactPointerEvent } from 'react';

/**
 * PointerSensor for mouse and pen only. A finger goes to TouchSensor, which waits for a long press,
 * so that swiping a column on a tablet scrolls it instead of dragging the card under the finger.
 */
class MouseAndPenSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: (event: ReactPointerEvent, options: PointerSensorOptions): boolean => {
        const pointerHandler = PointerSensor.activators[0]?.handler;
        return event.nativeEvent.pointerType !== 'touch' && pointerHandler !== undefined && pointerHandler(event, options);
      },
    },
  ];
}

/**
 * Arrow keys step from card to card. A column (or lane cell) that holds cards is left out of the
 * candidates, so the step lands on a card, not on the column's own box (which is as tall as all
 * its cards and would swallow the move); an empty column stays a target, so a card can go there.
 */
function cardToCardCoordinates(isContainerWithCards: (id: UniqueIdentifier) => boolean): KeyboardCoordinateGetter {
  return (event, args) => {
    const all = args.context.droppableContainers;
    const enabled = all.getEnabled().filter((entry) => !isContainerWithCards(entry.id));
    const droppableContainers = Object.assign(Object.create(all) as typeof all, { getEnabled: () => enabled });
    return sortableKeyboardCoordinates(event, { ...args, context: { ...args.context, droppableContainers } });
  };
}

/** Mouse (drag after 6px, so a click still opens the card), touch (long press) and keyboard (Space, arrows, Space). */
export function useBoardSensors(isContainerWithCards: (id: UniqueIdentifier) => boolean) {
  const coordinateGetter = useMemo(() => cardToCardCoordinates(isContainerWithCards), [isContainerWithCards]);
  return useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter,
      // Enter opens the card; only Space picks it up.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );
}
