import { decisionLog, type Board, type Id } from '@partnerboard/board';
import { useCallback, useId, useRef, useState } from 'react';
import { Button, ViewHeading } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { sameItems, useBoard } from '../../session/useBoard';
import { AddDecisionForm } from './AddDecisionForm';
import { DecisionCard } from './DecisionCard';
import '../../detail/plan.css';
import '../records.css';

const selectDecisions = (board: Board) => board.decisions;

/** The decision log: what the partnership decided together, why, and what it affects; newest first, searchable. */
export function DecisionsView() {
  const { canEdit } = useBoardSession();
  const [search, setSearch] = useState('');
  const all = useBoard(selectDecisions);
  const shown = useBoard(
    useCallback((board: Board) => decisionLog(board, search), [search]),
    sameItems,
  );
  const [adding, setAdding] = useState(false);
  const [justAdded, setJustAdded] = useState<Id | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const searchId = useId();
  const searching = search.trim() !== '';

  return (
    <section className="records-view" aria-labelledby="decisions-heading">
      <ViewHeading
        id="decisions-heading"
        title="Decision log"
        live
        summary={
          <>
            {searching
              ? `Showing ${shown.length} of ${all.length} decisions that match “${search.trim()}”.`
              : `${all.length} ${all.length === 1 ? 'decision' : 'decisions'} taken together, newest first.`}
          </>
        }
        action={
          canEdit && !adding ? (
            <Button ref={addButton} variant="primary" onClick={() => setAdding(true)}>
              Record a decision
            </Button>
          ) : null
        }
      />

      <div className="records-search" role="search" aria-label="Decisions">
        <label htmlFor={searchId} className="field__label">
          Search decisions
        </label>
        <input
          id={searchId}
          className="input"
          type="search"
          value={search}
          placeholder="Words in the decision, its context, rationale or alternatives"
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>

      {canEdit && adding ? (
        <AddDecisionForm
          onAdded={(id) => {
            setAdding(false);
            setSearch('');
            setJustAdded(id);
          }}
          onDone={() => {
            setAdding(false);
            // The button comes back on the next render; the focus goes back to it.
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      ) : null}

      {all.length === 0 ? (
        <p className="empty-note">
          No decisions recorded yet.{' '}
          {canEdit ? 'Record each decision the partnership takes, with why, so that everyone can see it later.' : 'The partnership has not recorded any yet.'}
        </p>
      ) : shown.length === 0 ? (
        <p className="empty-note">No decisions match “{search.trim()}”.</p>
      ) : (
        <ol className="record-list">
          {shown.map((decision) => (
            <li key={decision.id} data-list-item={decision.id}>
              <DecisionCard decision={decision} startEditing={decision.id === justAdded} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
