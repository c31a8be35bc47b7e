import { filterGoals } from '@partnerboard/board';
import { useMemo, useRef, useState } from 'react';
import { Button } from '../../components';
import { MineNote } from '../../join/MineNote';
import { useBoardSession } from '../../session/BoardSession';
import { useUi } from '../../state/ui';
import { filtersOn, isFiltering } from '../../state/viewFilters';
import { AddGoalForm } from './AddGoalForm';
import { GoalList } from './GoalList';
import '../../detail/plan.css';
import './goals.css';

/** The shared goals of the partnership, in their agreed order, with status, owner, partners and progress. */
export function GoalsView() {
  const { board, canEdit, me, today } = useBoardSession();
  const filters = useUi((state) => state.filters);
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const goals = useMemo(() => filterGoals(board, filtersOn('goals', filters), today, me), [board, filters, today, me]);
  const filtered = isFiltering('goals', filters) && goals.length !== board.goals.length;

  return (
    <section className="goals-view" aria-labelledby="goals-heading">
      <header className="view-heading">
        <div>
          <h2 id="goals-heading" tabIndex={-1}>
            Shared goals
          </h2>
          <p className="view-heading__summary" aria-live="polite">
            {filtered
              ? `Showing ${goals.length} of ${board.goals.length} goals that match the filters.`
              : `${board.goals.length} ${board.goals.length === 1 ? 'goal' : 'goals'}, in the order the partnership agreed.`}
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
          lastGoalId={board.goals.at(-1)?.id ?? null} /> : null}

      {board.goals.length === 0 ? (
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
