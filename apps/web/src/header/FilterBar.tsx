import { actionStatusLabel, actionStatuses, type ActionStatus } from '@partnerboard/board';
import { useId } from 'react';
import { Button } from '../components/Button';
import { useBoardSession } from '../session/BoardSession';
import { hasFilters, useUi } from '../state/ui';

const any = '';

/** Search and filters for actions (organisation, owner, status, overdue, mine), and the board's display options. */
export function FilterBar({ boardOptions }: { boardOptions: boolean }) {
  const { board } = useBoardSession();
  const filters = useUi((s) => s.filters);
  const setFilters = useUi((s) => s.setFilters);
  const clearFilters = useUi((s) => s.clearFilters);
  const swimlanes = useUi((s) => s.swimlanes);
  const setSwimlanes = useUi((s) => s.setSwimlanes);
  const showPointers = useUi((s) => s.showPointers);
  const setShowPointers = useUi((s) => s.setShowPointers);
  const ids = { search: useId(), partner: useId(), owner: useId(), status: useId() };
  const partnerById = new Map(board.partners.map((p) => [p.id, p]));

  return (
    <div className="filter-bar" role="search" aria-label="Filter actions">
      <div className="filter-bar__field filter-bar__field--search">
        <label htmlFor={ids.search}>Search</label>
        <input
          id={ids.search}
          type="search"
          className="input"
          placeholder="Title, owner, goal…"
          value={filters.text}
          onChange={(event) => setFilters({ text: event.target.value })}
        />
      </div>
      <div className="filter-bar__field">
        <label htmlFor={ids.partner}>Organisation</label>
        <select
          id={ids.partner}
          className="input"
          value={filters.partnerIds[0] ?? any}
          onChange={(event) => setFilters({ partnerIds: event.target.value ? [event.target.value] : [] })}
        >
          <option value={any}>All organisations</option>
          {board.partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={ids.owner}>Owner</label>
        <select
          id={ids.owner}
          className="input"
          value={filters.ownerIds[0] ?? any}
          onChange={(event) => setFilters({ ownerIds: event.target.value ? [event.target.value] : [] })}
        >
          <option value={any}>Anyone</option>
          {board.people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
              {partnerById.get(person.partnerId) ? ` (${partnerById.get(person.partnerId)?.name})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-bar__field">
        <label htmlFor={ids.status}>Status</label>
        <select
          id={ids.status}
          className="input"
          value={filters.statuses[0] ?? any}
          onChange={(event) => setFilters({ statuses: event.target.value ? [event.target.value as ActionStatus] : [] })}
        >
          <option value={any}>Any status</option>
          {actionStatuses.map((status) => (
            <option key={status} value={status}>
              {actionStatusLabel[status]}
            </option>
          ))}
        </select>
      </div>
      <label className="filter-bar__check">
        <input type="checkbox" checked={filters.overdue} onChange={(event) => setFilters({ overdue: event.target.checked })} />
        Overdue
      </label>
      <label className="filter-bar__check">
        <input type="checkbox" checked={filters.mine} onChange={(event) => setFilters({ mine: event.target.checked })} />
        Mine
      </label>
      {hasFilters(filters) ? (
        <Button variant="ghost" size="small" onClick={clearFilters}>
          Clear filters
        </Button>
      ) : null}
      {boardOptions ? (
        <div className="filter-bar__options">
          <label className="filter-bar__check">
            <input type="checkbox" checked={swimlanes} onChange={(event) => setSwimlanes(event.target.checked)} />
            Lanes by goal
          </label>
          <label className="filter-bar__check">
            <input type="checkbox" checked={showPointers} onChange={(event) => setShowPointers(event.target.checked)} />
            Show pointers
          </label>
        </div>
      ) : null}
    </div>
  );
}
