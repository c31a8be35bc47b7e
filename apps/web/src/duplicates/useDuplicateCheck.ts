import { similarActions, type Id } from '@partnerboard/board';
import { useCallback, useState } from 'react';
import { useLiveBoardStore } from '../session/useBoard';

/** An action about to be added that looks like one already under its goal. */
export interface DuplicateWarning {
  readonly title: string;
  readonly goalId: Id;
  readonly existingId: Id;
}

export interface DuplicateCheck {
  /** Shown while the title and goal are still the ones it was raised for. */
  warningFor(title: string, goalId: Id): DuplicateWarning | null;
  /**
   * Before adding: true when the action may be added now (nothing similar, or the person was already
   * told about this very title and goal and goes ahead); otherwise raises the warning and is false.
   */
  mayAdd(title: string, goalId: Id): boolean;
  dismiss(): void;
}

/** Tells the person adding an action when one like it is already under the same goal, once per title: adding again goes ahead. */
export function useDuplicateCheck(): DuplicateCheck {
  const live = useLiveBoardStore();
  const [warning, setWarning] = useState<DuplicateWarning | null>(null);
  const same = (shown: DuplicateWarning | null, title: string, goalId: Id) => shown !== null && shown.title === title.trim() && shown.goalId === goalId;

  const mayAdd = useCallback(
    (title: string, goalId: Id) => {
      if (same(warning, title, goalId)) {
        setWarning(null);
        return true;
      }
      const [match] = similarActions(live.getBoard(), title, goalId);
      if (!match) {
        setWarning(null);
        return true;
      }
      setWarning({ title: title.trim(), goalId, existingId: match.action.id });
      return false;
    },
    [live, warning],
  );

  return {
    warningFor: (title, goalId) => (same(warning, title, goalId) ? warning : null),
    mayAdd,
    dismiss: useCallback(() => setWarning(null), []),
  };
}
