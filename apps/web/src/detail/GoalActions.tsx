import { createAction, limits, type Goal } from '@partnerboard/board';
import { useId, useState, type FormEvent } from 'react';
import { Button, OwnerChip, StatusPill } from '../components';
import { useBoardSession } from '../session/BoardSession';
import { useBoard, wholeBoard } from '../session/useBoard';
import { useUi } from '../state/ui';
import { useWrite } from '../session/write';

/** The actions that deliver a goal, each opening in the panel, and a quick way to add one. */
export function GoalActions({ goal }: { goal: Goal }) {
  const { canEdit, doc, actor } = useBoardSession();
  const board = useBoard(wholeBoard);
  const openDetail = useUi((state) => state.openDetail);
  const write = useWrite();
  const ids = useId();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const actions = board.actions.filter((action) => action.goalId === goal.id);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const result = write(() => createAction(doc, { title, goalId: goal.id }, actor), { toast: false });
    setError(result.ok ? null : result.error.message);
    if (result.ok) setTitle('');
  };

  return (
    <section className="detail-section" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>
        Actions that deliver it <span className="detail-section__count">({actions.length})</span>
      </h3>
      {actions.length === 0 ? (
        <p className="empty-note">No actions yet.</p>
      ) : (
        <ul className="goal-actions">
          {actions.map((action) => {
            const owner = action.ownerId ? board.people.find((person) => person.id === action.ownerId) : undefined;
            const partner = owner ? board.partners.find((candidate) => candidate.id === owner.partnerId) : undefined;
            return (
              <li key={action.id} className="goal-actions__item">
                <button type="button" className="link-button" onClick={() => openDetail('action', action.id)}>
                  {action.title}
                </button>
                <StatusPill kind="action" status={action.status} />
                <OwnerChip person={owner} partner={partner} emptyLabel="No accountable owner" />
              </li>
            );
          })}
        </ul>
      )}
      {canEdit ? (
        <form className="inline-add" onSubmit={add}>
          <label className="field__label" htmlFor={`${ids}-title`}>
            New action for this goal
          </label>
          <div className="inline-add__row">
            <input
              id={`${ids}-title`}
              className="input"
              value={title}
              maxLength={limits.title}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${ids}-error` : undefined}
              onChange={(event) => setTitle(event.target.value)}
            />
            <Button type="submit" size="small">
              Add action
            </Button>
          </div>
          {error ? (
            <p className="field__error" id={`${ids}-error`} role="alert">
              {error}
            </p>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
