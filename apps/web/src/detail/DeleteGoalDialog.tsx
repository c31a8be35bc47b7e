import { actionsOfGoal, commentsOn, deleteGoal, type Board, type Goal } from '@partnerboard/board';
import { useCallback, useId, useMemo, useState } from 'react';
import { ConfirmDeleteDialog } from '../components';
import { useBoardSession } from '../session/BoardSession';
import { selectGoals, useBoard } from '../session/useBoard';
import { useWrite } from '../session/write';

interface DeleteGoalDialogProps {
  goal: Goal;
  onClose(): void;
  onDeleted(): void;
}

/** Confirms deleting a goal, saying what happens to its actions, and lets me move them to another goal instead. */
export function DeleteGoalDialog({ goal, onClose, onDeleted }: DeleteGoalDialogProps) {
  const { doc } = useBoardSession();
  const goals = useBoard(selectGoals);
  const actionCount = useBoard(useCallback((board: Board) => actionsOfGoal(board, goal.id).length, [goal.id]));
  const commentCount = useBoard(useCallback((board: Board) => commentsOn(board, goal.id).length, [goal.id]));
  const write = useWrite();
  const [fate, setFate] = useState<'move' | 'delete'>('move');
  const otherGoals = useMemo(() => goals.filter((other) => other.id !== goal.id), [goals, goal.id]);
  const [moveTo, setMoveTo] = useState<string>('');
  const ids = useId();
  const target = moveTo || otherGoals[0]?.id || '';
  const canMove = otherGoals.length > 0;
  const chosenFate = canMove ? fate : 'delete';

  const remove = () => {
    const actions = actionCount === 0 ? 'refuse' : chosenFate === 'move' ? { moveTo: target } : 'delete';
    return write(() => deleteGoal(doc, goal.id, { actions }), { toast: false });
  };

  const actionsWord = actionCount === 1 ? 'its action' : `its ${actionCount} actions`;

  return (
    <ConfirmDeleteDialog
      title={`Delete the goal “${goal.title}”?`}
      itemId={goal.id}
      remove={remove}
      confirmLabel="Delete goal"
      onClose={onClose}
      onDeleted={onDeleted}
    >
      {actionCount > 0 ? (
        <fieldset className="confirm__choices">
          <legend>What happens to {actionsWord}?</legend>
          {canMove ? (
            <label className="confirm__choice">
              <input type="radio" name={`${ids}-fate`} checked={chosenFate === 'move'} onChange={() => setFate('move')} />
              Move {actionsWord} to another goal
            </label>
          ) : null}
          {canMove && chosenFate === 'move' ? (
            <div className="field confirm__target">
              <label className="field__label" htmlFor={`${ids}-target`}>
                Move to
              </label>
              <select id={`${ids}-target`} value={target} onChange={(event) => setMoveTo(event.target.value)}>
                {otherGoals.map((other) => (
                  <option key={other.id} value={other.id}>
                    {other.title}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <label className="confirm__choice">
            <input type="radio" name={`${ids}-fate`} checked={chosenFate === 'delete'} onChange={() => setFate('delete')} />
            Delete {actionsWord} too
          </label>
        </fieldset>
      ) : (
        <p>It has no actions.</p>
      )}
      <p>
        {commentCount > 0 ? `Its ${commentCount === 1 ? 'comment is' : `${commentCount} comments are`} deleted with it. ` : ''}
        Decisions, risks and commitments that mention it stop linking to it. You can undo this with Undo.
      </p>
    </ConfirmDeleteDialog>
  );
}
