import {
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type KeyboardCoordinateGetter,
  type PointerSensorOptions,
} from '@dnd-kit/core';
import type { PointerEvent as ReactPointerEvent } from 'react';

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

/** Mouse (drag after 6px, so a click still opens the card), touch (long press) and keyboard (Space, arrows, Space). */
export function useBoardSensors(coordinateGetter: KeyboardCoordinateGetter) {
  return useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter,
      // Enter opens the card; only Space picks it up.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
      // Instant: each key press lands at once (and nothing slides for people who turned motion off).
      scrollBehavior: 'auto',
    }),
  );
}
