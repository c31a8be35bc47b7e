import type { ComponentType } from 'react';
import { BoardView } from './board/BoardView';
import { GoalsView } from './goals/GoalsView';
import { PeopleView } from './people/PeopleView';

export type ViewGroup = 'plan' | 'records';

export const viewGroupLabel: Readonly<Record<ViewGroup, string>> = { plan: 'Plan', records: 'Records' };

/** A view of the open board: its address is /b/<board>/<name>, where the name is its key below. */
export interface ViewDefinition {
  /** Its name in the view switcher. */
  label: string;
  /** What the skip link skips to: "Skip to the …". */
  skipTo: string;
  /** Where the view switcher lists it: the plan itself, or the records the partnership keeps. */
  group: ViewGroup;
  component: ComponentType;
}

/** Every view of a board, in the view switcher's order; adding a view is adding it here. */
export const viewRegistry = {
  board: { label: 'Board', skipTo: 'board', group: 'plan', component: BoardView },
  goals: { label: 'Goals', skipTo: 'goals', group: 'plan', component: GoalsView },
  people: { label: 'People and partners', skipTo: 'people', group: 'plan', component: PeopleView },
} as const satisfies Record<string, ViewDefinition>;

export type BoardViewName = keyof typeof viewRegistry;

export const boardViews = Object.keys(viewRegistry) as BoardViewName[];

export function isBoardViewName(name: string): name is BoardViewName {
  return Object.hasOwn(viewRegistry, name);
}
