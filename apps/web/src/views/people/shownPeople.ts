import { filterPartners, filterPeople, type Board, type Id, type Partner, type Person, type PlanFilters } from '@partnerboard/board';
import { filtersOn, isFiltering } from '../../filters/viewFilters';
import { sameItems } from '../../session/useBoard';

/** The organisations and people the filter bar leaves on the people view; every section of it shows these. */
export interface ShownPeople {
  filtering: boolean;
  partners: readonly Partner[];
  people: readonly Person[];
  personIds: ReadonlySet<Id>;
}

export function shownPeople(board: Board, filters: PlanFilters): ShownPeople {
  const applied = filtersOn('people', filters);
  const people = filterPeople(board, applied);
  return {
    filtering: isFiltering('people', filters),
    partners: filterPartners(board, applied),
    people,
    personIds: new Set(people.map((person) => person.id)),
  };
}

/** Equal when the same organisations and people are shown: an edit elsewhere on the board leaves the people view as it was. */
export function sameShownPeople(a: ShownPeople, b: ShownPeople): boolean {
  return a.filtering === b.filtering && sameItems(a.partners, b.partners) && sameItems(a.people, b.people);
}
