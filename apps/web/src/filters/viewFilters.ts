import { noPlanFilters, type PlanFilters } from '@partnerboard/board';
import type { BoardView } from '../state/ui';

export type FilterName = keyof PlanFilters;

/**
 * The filters that mean something on each view. The filter bar shows only these, and the view
 * applies only these: a filter set on another view waits there, and never narrows this one unseen.
 */
const planFilters: Partial<Record<BoardView, readonly FilterName[]>> = {
  board: ['text', 'partnerIds', 'ownerIds', 'statuses', 'overdue', 'mine'],
  goals: ['text', 'partnerIds', 'ownerIds', 'goalStatuses', 'pastTarget', 'mine'],
  people: ['text', 'partnerIds'],
};

/** The plan filters of a view; none on a view that has its own search or none (the records). */
export function viewFilters(view: BoardView): readonly FilterName[] {
  return planFilters[view] ?? [];
}

type Editable = { -readonly [Name in FilterName]: PlanFilters[Name] };

function copy<Name extends FilterName>(to: Editable, from: PlanFilters, name: Name): void {
  to[name] = from[name];
}

function isSet(filters: PlanFilters, name: FilterName): boolean {
  const value = filters[name];
  return typeof value === 'boolean' ? value : typeof value === 'string' ? value.trim() !== '' : value.length > 0;
}

/** The filters as this view applies them: those of other views left unset. */
export function filtersOn(view: BoardView, filters: PlanFilters): PlanFilters {
  const applied: Editable = { ...noPlanFilters };
  for (const name of viewFilters(view)) copy(applied, filters, name);
  return applied;
}

/** True when a filter that applies on this view narrows it. */
export function isFiltering(view: BoardView, filters: PlanFilters): boolean {
  return viewFilters(view).some((name) => isSet(filters, name));
}

/** How many of this view's filters narrow it (search counts as one). */
export function filtersSetOn(view: BoardView, filters: PlanFilters): number {
  return viewFilters(view).filter((name) => isSet(filters, name)).length;
}

/** The filters with this view's cleared; the other views' stay. */
export function clearedOn(view: BoardView, filters: PlanFilters): PlanFilters {
  const cleared: Editable = { ...filters };
  for (const name of viewFilters(view)) copy(cleared, noPlanFilters, name);
  return cleared;
}
