import { actionsOfGoal, createAction, limits, type Board, type Goal } from '@partnerboard/board';
import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { Button, OwnerChip, StatusPill } from '../components';
import { DuplicateActionNotice } from '../duplicates/DuplicateActionNotice';
import { useDuplicateCheck } from '../duplicates/useDuplicateCheck';
import { useBoardSession } from '../session/BoardSession';
import { byId, sameItems, selectPartners, selectPeople, useBoard } from '../session/useBoard';
import { useUi } from '../state/ui';
import { useWrite } from '../session/write';

/** The actions that deliver a goal, each opening in the panel, and a quick way to add one. */
export function GoalActions({ goal }: { goal: Goal }) {
  const { canEdit, doc, actor } = useBoardSession();
  const actions = useBoard(
    useCallback((board: Board) => actionsOfGoal(board, goal.id), [goal.id]),
    sameItems,
  );
  const people = useBoard(selectPeople);
  const partners = useBoard(selectPartners);
  const openDetail = useUi((state) => state.openDetail);
  const write = useWrite();
  const ids = useId();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const duplicates = useDuplicateCheck();
  const form = useRef<HTMLFormElement>(null);
  const titleBox = useRef<HTMLInputElement>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() !== '' && !duplicates.mayAdd(title, goal.id)) return;
    const result = write(() => createAction(doc, { title, goalId: goal.id }, actor), { toast: false });
    setError(result.ok ? null : result.error.message);
    if (result.ok) {
      setTitle('');
      titleBox.current?.focus();
    }
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
            const owner = byId(people, action.ownerId);
            const partner = byId(partners, owner?.partnerId);
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
        <form ref={form} className="inline-add" onSubmit={add}>
          <label className="field__label" htmlFor={`${ids}-title`}>
            New action for this goal
          </label>
          <div className="inline-add__row">
            <input
              id={`${ids}-title`}
              ref={titleBox}
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
          <DuplicateActionNotice warning={duplicates.warningFor(title, goal.id)} onAddAnyway={() => form.current?.requestSubmit()} />
        </form>
      ) : null}
    </section>
  );
}
