import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import { useCallback } from 'react';

/**
 * A virtualizer range that also keeps the row holding the dragged card in the page (index -1: none),
 * or dnd-kit loses the card when it scrolls out of view.
 */
export function useRangeKeepingDragged(draggedIndex: number): (range: Range) => number[] {
  return useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (draggedIndex >= 0 && !indexes.includes(draggedIndex)) indexes.push(draggedIndex);
      return indexes.sort((a, b) => a - b);
    },
    [draggedIndex],
  );
}
