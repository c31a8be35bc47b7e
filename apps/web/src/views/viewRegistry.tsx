import type { ComponentType } from 'react';
import { BoardView } from './board/BoardView';
import { GoalsView } from './goals/GoalsView';
import { PeopleView } from './people/PeopleView';
import { OverviewView } from '../records/overview/OverviewView';
import { AgreementView } from '../records/agreement/AgreementView';
import { ReviewsView } from '../records/reviews/ReviewsView';
import { DecisionsView } from '../records/decisions/DecisionsView';
import { RisksView } from '../records/risks/RisksView';
import { ContributionsView } from '../records/contributions/ContributionsView';
import { ResourcesView } from '../records/resources/ResourcesView';
import { PrintView } from '../exports/PrintView';
import { MinutesView } from '../meeting/minutes/MinutesView';

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
  /** False for a view reached from elsewhere, not listed in the view switcher (the printable plan, from "Export and print"). */
  listed?: boolean;
}

/** Every view of a board, in the view switcher's order; adding a view is adding it here. */
export const viewRegistry = {
  overview: { label: 'Overview', skipTo: 'overview', group: 'plan', component: OverviewView },
  board: { label: 'Board', skipTo: 'board', group: 'plan', component: BoardView },
  goals: { label: 'Goals', skipTo: 'goals', group: 'plan', component: GoalsView },
  people: { label: 'People and partners', skipTo: 'people', group: 'plan', component: PeopleView },
  decisions: { label: 'Decisions', skipTo: 'decision log', group: 'records', component: DecisionsView },
  risks: { label: 'Risks', skipTo: 'risks and barriers', group: 'records', component: RisksView },
  reviews: { label: 'Reviews', skipTo: 'reviews', group: 'records', component: ReviewsView },
  agreement: { label: 'Agreement', skipTo: 'partnership agreement', group: 'records', component: AgreementView },
  resources: { label: 'Resources', skipTo: 'commitments and resources', group: 'records', component: ResourcesView },
  contributions: { label: 'Contributions', skipTo: 'contributions', group: 'records', component: ContributionsView },
  print: { label: 'Printable plan', skipTo: 'printable plan', group: 'plan', component: PrintView, listed: false },
  minutes: { label: 'Meeting minutes', skipTo: 'meeting minutes', group: 'plan', component: MinutesView, listed: false },
} as const satisfies Record<string, ViewDefinition>;

export type BoardViewName = keyof typeof viewRegistry;

export const boardViews = Object.keys(viewRegistry) as BoardViewName[];

export function isBoardViewName(name: string): name is BoardViewName {
  return Object.hasOwn(viewRegistry, name);
}
