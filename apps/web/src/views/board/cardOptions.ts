import type { Id } from '@partnerboard/board';

/** How cards are shown on the board view; the same for every card, so it changes only with the view. */
export interface CardOptions {
  /** Swimlanes name the goal already; cards then leave it out. */
  showGoal: boolean;
  canEdit: boolean;
  openAction(id: Id): void;
}
