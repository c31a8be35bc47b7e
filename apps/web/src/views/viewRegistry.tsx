import type { ComponentType } from 'react';
import { BoardView } from './board/BoardView';
import { GoalsView } from './goals/GoalsView';
import { PeopleView } from './people/PeopleView';

/** A view of the open board: its address is /b/<board>/<name>, where the name is its key below. */
export interface ViewDefinition {
  /** Its name in the view switcher. */
  label: string;
  /** What the skip link skips to: "Skip to the …". */
  skipTo: string;
  component: ComponentType;
}

/** Every view of a board, in the view switcher's order; adding a view is adding it here. */
export const viewRegistry = {
  board: { label: 'Board', skipTo: 'board', component: BoardView },
  goals: { label: 'Goals', skipTo: 'goals', component: GoalsView },
  people: { label: 'People and partners', skipTo: 'people', component: PeopleView },
} as const satisfies Record<string, ViewDefinition>;

export type BoardViewName = keyof typeof viewRegistry;

export const boardViews = Object.keys(viewRegistry) as BoardViewName[];

export function isBoardViewName(name: string): name is BoardViewName {
  return Object.hasOwn(viewRegistry, name);
}
