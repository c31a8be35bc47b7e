import {
  actionsOfGoal,
  actionStatusLabel,
  goalStatusLabel,
  isOverdue,
  orphanedActions,
  personLabel,
  priorityLabel,
  type Action,
  type Board,
} from '@partnerboard/board';
import { type MouseEvent } from 'react';
import { Button } from '../components/Button';
import { formatDate } from '../components/dates';
import { boardPath, navigate } from '../routes/router';
import { useBoardSession } from '../session/BoardSession';
import { useBoard, wholeBoard } from '../session/useBoard';
import './print.css';

function ActionsTable({ board, actions, today, caption }: { board: Board; actions: readonly Action[]; today: string; caption: string }) {
  if (actions.length === 0) return <p className="print-plan__none">No actions yet.</p>;
  return (
    <table className="print-plan__actions">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Accountable</th>
          <th scope="col">Status</th>
          <th scope="col">Due</th>
          <th scope="col">Priority</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => (
          <tr key={action.id}>
            <td>{action.title}</td>
            <td>{personLabel(board, action.ownerId)}</td>
            <td>{actionStatusLabel[action.status]}</td>
            <td>
              {action.dueDate ? formatDate(action.dueDate, today) : '–'}
              {isOverdue(action, today) ? <strong className="print-plan__overdue"> overdue</strong> : null}
            </td>
            <td>{priorityLabel[action.priority]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The whole plan, unfiltered, laid out for paper: every goal with its actions (print.css makes it A4). */
export function PrintView() {
  const { boardId, today } = useBoardSession();
  // The printed plan is all of it, so it follows every edit.
  const board = useBoard(wholeBoard);
  const { meta, goals, actions } = board;
  const orphans = orphanedActions(board);
  const done = actions.filter((a) => a.status === 'done').length;
  const backHref = boardPath(boardId, 'goals');
  const back = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(backHref);
  };

  return (
    <article className="print-plan" aria-labelledby="print-plan-title">
      <div className="print-plan__screen-bar">
        <p>This is the whole plan, without filters, ready to print. In the print window choose “Save as PDF” to keep a copy.</p>
        <div className="print-plan__screen-actions">
          <Button variant="primary" onClick={() => window.print()}>
            Print or save as PDF
          </Button>
          <a className="button button--secondary" href={backHref} onClick={back}>
            Back to the goals
          </a>
        </div>
      </div>
      <header className="print-plan__header">
        <h2 id="print-plan-title" tabIndex={-1}>
          {meta.title || 'Untitled board'}
        </h2>
        {meta.purpose.trim() ? <p className="print-plan__purpose">{meta.purpose}</p> : null}
        <dl className="print-plan__facts">
          {meta.leadPersonId !== null ? (
            <div>
              <dt>Lead professional</dt>
              <dd>{personLabel(board, meta.leadPersonId)}</dd>
            </div>
          ) : null}
          {meta.nextReviewOn !== null ? (
            <div>
              <dt>Next review</dt>
              <dd>{formatDate(meta.nextReviewOn, today)}</dd>
            </div>
          ) : null}
          {board.partners.length > 0 ? (
            <div>
              <dt>Partners</dt>
              <dd>{board.partners.map((p) => p.name).join(' · ')}</dd>
            </div>
          ) : null}
          <div>
            <dt>Progress</dt>
            <dd>
              {goals.length} {goals.length === 1 ? 'goal' : 'goals'}; {done} of {actions.length} actions done
            </dd>
          </div>
          <div>
            <dt>Printed</dt>
            <dd>{formatDate(today)}</dd>
          </div>
        </dl>
      </header>
      {goals.length === 0 && orphans.length === 0 ? <p>No goals yet.</p> : null}
      {goals.map((goal) => (
        <section key={goal.id} className="print-goal" aria-labelledby={`print-goal-${goal.id}`}>
          <div className="print-goal__heading">
            <h3 id={`print-goal-${goal.id}`}>{goal.title}</h3>
            <p className="print-goal__facts">
              <span>{goalStatusLabel[goal.status]}</span>
              <span>Accountable: {personLabel(board, goal.ownerId)}</span>
              {goal.targetDate ? <span>Target: {formatDate(goal.targetDate, today)}</span> : null}
            </p>
            {goal.successMeasure.trim() ? <p className="print-goal__measure">Success looks like: {goal.successMeasure}</p> : null}
          </div>
          <ActionsTable board={board} actions={actionsOfGoal(board, goal.id)} today={today} caption={`Actions for ${goal.title}`} />
        </section>
      ))}
      {orphans.length > 0 ? (
        <section className="print-goal" aria-labelledby="print-goal-orphans">
          <div className="print-goal__heading">
            <h3 id="print-goal-orphans">Actions whose goal is no longer on the board</h3>
          </div>
          <ActionsTable board={board} actions={orphans} today={today} caption="Actions whose goal is no longer on the board" />
        </section>
      ) : null}
    </article>
  );
}
