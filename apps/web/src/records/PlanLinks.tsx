import { actionStatusLabel, isOverdue, type Action, type Goal } from '@partnerboard/board';
import { formatDate } from '../components/dates';
import { useBoardSession } from '../session/BoardSession';
import { useUi } from '../state/ui';

/** Goals a record affects, each a link that opens the goal's detail panel. */
export function GoalLinks({ goals, empty }: { goals: readonly Goal[]; empty: string }) {
  const openDetail = useUi((state) => state.openDetail);
  if (goals.length === 0) return <>{empty}</>;
  return (
    <ul className="plain-list record-links">
      {goals.map((goal) => (
        <li key={goal.id}>
          <button type="button" className="link-button" onClick={() => openDetail('goal', goal.id)}>
            {goal.title}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Actions a record affects, each a link that opens the action's detail panel, with its status and due date in words. */
export function ActionLinks({ actions, empty }: { actions: readonly Action[]; empty: string }) {
  const { today } = useBoardSession();
  const openDetail = useUi((state) => state.openDetail);
  if (actions.length === 0) return <>{empty}</>;
  return (
    <ul className="plain-list record-links">
      {actions.map((action) => {
        const late = isOverdue(action, today);
        return (
          <li key={action.id}>
            <button type="button" className="link-button" onClick={() => openDetail('action', action.id)}>
              {action.title}
            </button>{' '}
            <span className={late ? 'record-links__late' : 'record-links__state'}>
              ({actionStatusLabel[action.status]}
              {action.dueDate ? `, ${late ? 'was due' : 'due'} ${formatDate(action.dueDate, today)}` : ''})
            </span>
          </li>
        );
      })}
    </ul>
  );
}
