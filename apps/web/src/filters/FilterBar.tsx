import { actionStatusLabel, actionStatuses, goalStatusLabel, goalStatuses, type PlanFilters } from '@partnerboard/board';
import { useId } from 'react';
import { Button } from '../components/Button';
import { selectPartners, selectPeople, useBoard } from '../session/useBoard';
import { useUi, type BoardView } from '../state/ui';
import { isFiltering, viewFilters } from './viewFilters';

const any = '';

/** What the filter bar narrows on each view, in the words of its label and search hint. */
/** What the filter bar narrows on each view that has plan filters (viewFilters). */
const narrows: Partial<Record<BoardView, { label: string; searchHint: string }>> = {
  board: { label: 'Filter actions', searchHint: 'Title, owner, goal…' },
  goals: { label: 'Filter goals', searchHint: 'Goal, owner, success measure…' },
  people: { label: 'Filter people', searchHint: 'Name, role or organisation…' },
};

interface Choice {
  value: string;
  label: string;
}

function SelectFilter({ label, value, anyLabel, choices, onChange }: { label: string; value: string; anyLabel: string; choices: readonly Choice[]; onChange(value: string): void }) {
  const id = useId();
  return (
    <div className="filter-bar__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value={any}>{anyLabel}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function CheckFilter({ label, checked, onChange }: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <label className="filter-bar__check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {label}
    </label>
  );
}

const one = <T extends string>(value: string): T[] => (value ? [value as T] : []);

/**
 * Search and the filters that apply on this view (a filter that would change nothing here is not
 * shown), and the board's display options on the board view.
 */
export function FilterBar({ view }: { view: BoardView }) {
  const partners = useBoard(selectPartners);
  const people = useBoard(selectPeople);
  const filters = useUi((s) => s.filters);
  const setFilters = useUi((s) => s.setFilters);
  const clearFilters = useUi((s) => s.clearFilters);
  const swimlanes = useUi((s) => s.swimlanes);
  const setSwimlanes = useUi((s) => s.setSwimlanes);
  const showPointers = useUi((s) => s.showPointers);
  const setShowPointers = useUi((s) => s.setShowPointers);
  const searchId = useId();
  const shows = (name: keyof PlanFilters) => viewFilters(view).includes(name);
  const partnerName = new Map(partners.map((p) => [p.id, p.name]));

  return (
    <div className={view === 'board' ? 'filter-bar' : 'filter-bar filter-bar--wide-search'} role="search" aria-label={narrows[view]?.label ?? 'Filter'}>
      <div className="filter-bar__field filter-bar__field--search">
        <label htmlFor={searchId}>Search</label>
        <input
          id={searchId}
          type="search"
          className="input"
          placeholder={narrows[view]?.searchHint}
          value={filters.text}
          onChange={(event) => setFilters({ text: event.target.value })}
        />
      </div>
      <SelectFilter
        label="Organisation"
        anyLabel="All organisations"
        value={filters.partnerIds[0] ?? any}
        choices={partners.map((partner) => ({ value: partner.id, label: partner.name }))}
        onChange={(value) => setFilters({ partnerIds: one(value) })}
      />
      {shows('ownerIds') ? (
        <SelectFilter
          label="Owner"
          anyLabel="Anyone"
          value={filters.ownerIds[0] ?? any}
          choices={people.map((person) => {
            const organisation = partnerName.get(person.partnerId);
            return { value: person.id, label: organisation ? `${person.name} (${organisation})` : person.name };
          })}
          onChange={(value) => setFilters({ ownerIds: one(value) })}
        />
      ) : null}
      {shows('statuses') ? (
        <SelectFilter
          label="Status"
          anyLabel="Any status"
          value={filters.statuses[0] ?? any}
          choices={actionStatuses.map((status) => ({ value: status, label: actionStatusLabel[status] }))}
          onChange={(value) => setFilters({ statuses: one(value) })}
        />
      ) : null}
      {shows('goalStatuses') ? (
        <SelectFilter
          label="Status"
          anyLabel="Any status"
          value={filters.goalStatuses[0] ?? any}
          choices={goalStatuses.map((status) => ({ value: status, label: goalStatusLabel[status] }))}
          onChange={(value) => setFilters({ goalStatuses: one(value) })}
        />
      ) : null}
      {shows('overdue') ? <CheckFilter label="Overdue" checked={filters.overdue} onChange={(overdue) => setFilters({ overdue })} /> : null}
      {shows('pastTarget') ? (
        <CheckFilter label="Past target date" checked={filters.pastTarget} onChange={(pastTarget) => setFilters({ pastTarget })} />
      ) : null}
      {shows('mine') ? <CheckFilter label="Mine" checked={filters.mine} onChange={(mine) => setFilters({ mine })} /> : null}
      {isFiltering(view, filters) ? (
        <Button variant="ghost" size="small" onClick={() => clearFilters(view)}>
          Clear filters
        </Button>
      ) : null}
      {view === 'board' ? (
        <div className="filter-bar__options">
          <CheckFilter label="Lanes by goal" checked={swimlanes} onChange={setSwimlanes} />
          <CheckFilter label="Show pointers" checked={showPointers} onChange={setShowPointers} />
        </div>
      ) : null}
    </div>
  );
}
