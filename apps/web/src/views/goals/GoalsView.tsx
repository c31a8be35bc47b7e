import { filterGoals, type Board } from '@partnerboard/board';
import { useCallback, useRef, useState } from 'react';
import { Button } from '../../components';
import { MineNote } from '../../join/MineNote';
import { useBoardSession } from '../../session/BoardSession';
import { sameItems, selectGoals, useBoard } from '../../session/useBoard';
import { useUi } from '../../state/ui';
import { filtersOn, isFiltering } from '../../filters/viewFilters';
import { AddGoalForm } from './AddGoalForm';
import { GoalList } from './GoalList';
import '../../detail/plan.css';
import '../../records/records.css';
import './goals.css';

/** The shared goals of the partnership, in their agreed order, with status, owner, partners and progress. */
export function GoalsView() {
  const { canEdit, me, today } = useBoardSession();
  const filters = useUi((state) => state.filters);
  const allGoals = useBoard(selectGoals);
  // The goals shown, kept as they were while the same goals match: an edit elsewhere re-renders no goal.
  const goals = useBoard(
    useCallback((board: Board) => filterGoals(board, filtersOn('goals', filters), today, me), [filters, today, me]),
    sameItems,
  );
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const filtered = isFiltering('goals', filters) && goals.length !== allGoals.length;

  return (
    <section className="goals-view" aria-labelledby="goals-heading">
      <header className="view-heading">
        <div>
          <h2 id="goals-heading" tabIndex={-1}>
            Shared goals
          </h2>
          <p className="view-heading__summary" aria-live="polite">
            {filtered
              ? `Showing ${goals.length} of ${allGoals.length} goals that match the filters.`
              : `${allGoals.length} ${allGoals.length === 1 ? 'goal' : 'goals'}, in the order the partnership agreed.`}
          </p>
        </div>
        {canEdit && !adding ? (
          <Button ref={addButton} variant="primary" onClick={() => setAdding(true)}>
            Add a goal
          </Button>
        ) : null}
      </header>

      {canEdit && adding ? <AddGoalForm
          onDone={() => {
            setAdding(false);
            // The button comes back on the next render; the focus goes back to it.
            requestAnimationFrame(() => addButton.current?.focus());
          }}
          lastGoalId={allGoals.at(-1)?.id ?? null} /> : null}

      {allGoals.length === 0 ? (
        <p className="empty-note">
          No goals yet. {canEdit ? 'Add the outcomes the partnership is working towards together.' : 'The partnership has not added any goals yet.'}
        </p>
      ) : goals.length === 0 ? (
        filters.mine ? (
          <p className="empty-note mine-note" role="status">
            <MineNote what="goals" />
          </p>
        ) : (
          <p className="empty-note">No goals match the filters.</p>
        )
      ) : (
        <GoalList goals={goals} />
      )}
    </section>
  );
}
