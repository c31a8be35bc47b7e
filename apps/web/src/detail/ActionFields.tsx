import {
  actionStatuses,
  actionStatusLabel,
  limits,
  priorities,
  priorityLabel,
  updateAction,
  type Action,
  type ActionPatch,
  type ActionStatus,
  type Priority,
} from '@partnerboard/board';
import { useMemo } from 'react';
import { useBoardSession } from '../session/BoardSession';
import { selectGoals, selectPartners, selectPeople, useBoard } from '../session/useBoard';
import { ChoiceField, choiceToId, DateField, idToChoice, optionalPersonChoices, TextField } from './fields';
import { RaciTable } from './RaciTable';
import { useWrite } from '../session/write';

const statusChoices = actionStatuses.map((status) => ({ value: status, label: actionStatusLabel[status] }));
const priorityChoices = priorities.map((priority) => ({ value: priority, label: priorityLabel[priority] }));

/** The editable fields of an action, in the detail panel. */
export function ActionFields({ action }: { action: Action }) {
  const { doc, actor } = useBoardSession();
  const goals = useBoard(selectGoals);
  const partners = useBoard(selectPartners);
  const people = useBoard(selectPeople);
  const write = useWrite();
  const update = (patch: ActionPatch) => write(() => updateAction(doc, action.id, patch, actor), { toast: false });
  const goalChoices = useMemo(() => goals.map((goal) => ({ value: goal.id, label: goal.title })), [goals]);
  const ownerChoices = useMemo(() => optionalPersonChoices({ partners, people }, 'No accountable owner yet'), [partners, people]);

  return (
    <div className="plan-fields">
      <TextField label="Action" value={action.title} maxLength={limits.title} onCommit={(title) => update({ title })} className="plan-fields__wide" />
      <ChoiceField
        label="Goal it serves"
        value={action.goalId}
        choices={goalChoices}
        onCommit={(goalId) => update({ goalId })}
        className="plan-fields__wide"
      />
      <ChoiceField label="Status" value={action.status} choices={statusChoices} onCommit={(status) => update({ status: status as ActionStatus })} />
      <ChoiceField
        label="Priority"
        value={action.priority}
        choices={priorityChoices}
        onCommit={(priority) => update({ priority: priority as Priority })}
      />
      <ChoiceField
        label="Accountable owner"
        value={idToChoice(action.ownerId)}
        choices={ownerChoices}
        onCommit={(ownerId) => update({ ownerId: choiceToId(ownerId) })}
      />
      <DateField label="Due date" value={action.dueDate} onCommit={(dueDate) => update({ dueDate })} />
      <RaciTable action={action} onCommit={update} />
    </div>
  );
}
