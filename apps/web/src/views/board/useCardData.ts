import { isOverdue, type Action, type Board, type Goal, type Id, type Partner, type Person } from '@partnerboard/board';
import { useCallback } from 'react';
import { useBoardSession } from '../../session/BoardSession';
import { byId, useBoard } from '../../session/useBoard';

export interface CardData {
  action: Action;
  owner: Person | undefined;
  ownerPartner: Partner | undefined;
  goal: Goal | undefined;
  overdue: boolean;
}

/** What one card shows, selected from the board so that the card re-renders only when its own action, owner or goal changes. */
export function useCardData(actionId: Id): CardData | undefined {
  const { today } = useBoardSession();
  const action = useBoard(useCallback((board: Board) => byId(board.actions, actionId), [actionId]));
  const ownerId = action?.ownerId ?? null;
  const owner = useBoard(useCallback((board: Board) => byId(board.people, ownerId), [ownerId]));
  const partnerId = owner?.partnerId ?? null;
  const ownerPartner = useBoard(useCallback((board: Board) => byId(board.partners, partnerId), [partnerId]));
  const goalId = action?.goalId ?? null;
  const goal = useBoard(useCallback((board: Board) => byId(board.goals, goalId), [goalId]));
  if (!action) return undefined;
  return { action, owner, ownerPartner, goal, overdue: isOverdue(action, today) };
}
