import { actionStatusLabel, actionsOfGoal, personLabel } from '@partnerboard/board';
import { Dialog, StatusPill } from '../../components';
import { formatDate } from '../../components/dates';
import { formatMoment } from '../../detail/formatMoment';
import { useBoardSession } from '../../session/BoardSession';
import { useSnapshotBoard } from './useSnapshotBoard';

interface SnapshotDialogProps {
  snapshotId: string;
  onClose(): void;
}

/** A snapshot opened read-only: the goals and actions as the board had them then, labelled with its date. */
export function SnapshotDialog({ snapshotId, onClose }: SnapshotDialogProps) {
  const { boardId, today } = useBoardSession();
  const state = useSnapshotBoard(boardId, snapshotId);
  const snapshot = state.status === 'ready' ? state.value.snapshot : null;
  const title = snapshot ? `The board as it was on ${formatMoment(snapshot.takenAt)}` : 'The board as it was';

  return (
    <Dialog
      open
      size="wide"
      title={title}
      description={snapshot ? `${snapshot.label}, taken by ${snapshot.takenBy}. A read-only copy: nothing changed since then is shown, and nothing here can be changed.` : undefined}
      onClose={onClose}
      className="snapshot-dialog"
    >
      {state.status === 'loading' || state.status === 'none' ? <p role="status">Reading the snapshot…</p> : null}
      {state.status === 'failed' ? <p role="alert">{state.message}</p> : null}
      {state.status === 'ready' ? (
        state.value.board.goals.length === 0 ? (
          <p>The board had no goals then.</p>
        ) : (
          <ol className="plain-list snapshot-goals">
            {state.value.board.goals.map((goal) => {
              const board = state.value.board;
              const actions = actionsOfGoal(board, goal.id);
              return (
                <li key={goal.id} className="snapshot-goal">
                  <div className="snapshot-goal__top">
                    <h3>{goal.title}</h3>
                    <StatusPill kind="goal" status={goal.status} />
                  </div>
                  <p className="snapshot-goal__owner">Owner: {personLabel(board, goal.ownerId)}</p>
                  {actions.length === 0 ? (
                    <p>No actions then.</p>
                  ) : (
                    <ul className="snapshot-actions">
                      {actions.map((action) => (
                        <li key={action.id}>
                          <span className="snapshot-actions__title">{action.title}</span> — {actionStatusLabel[action.status]}; {personLabel(board, action.ownerId)}
                          {action.dueDate ? `; due ${formatDate(action.dueDate, today)}` : ''}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        )
      ) : null}
    </Dialog>
  );
}
