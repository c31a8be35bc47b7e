import { goalStatuses, goalStatusLabel, limits, updateGoal, type Goal, type GoalPatch, type GoalStatus } from '@partnerboard/board';
import { useBoardSession } from '../session/BoardSession';
import { CheckboxGroup, ChoiceField, choiceToId, DateField, idToChoice, optionalPersonChoices, TextField } from './fields';
import { useWrite } from '../session/write';

const statusChoices = goalStatuses.map((status) => ({ value: status, label: goalStatusLabel[status] }));

/** The editable fields of a goal, used in place on the goals view and in the detail panel. */
export function GoalFields({ goal }: { goal: Goal }) {
  const { board, doc, actor } = useBoardSession();
  const write = useWrite();
  const update = (patch: GoalPatch) => write(() => updateGoal(doc, goal.id, patch, actor), { toast: false });

  return (
    <div className="plan-fields">
      <TextField label="Goal" value={goal.title} maxLength={limits.title} onCommit={(title) => update({ title })} className="plan-fields__wide" />
      <ChoiceField label="Status" value={goal.status} choices={statusChoices} onCommit={(status) => update({ status: status as GoalStatus })} />
      <ChoiceField
        label="Accountable owner"
        value={idToChoice(goal.ownerId)}
        choices={optionalPersonChoices(board, 'No owner yet')}
        onCommit={(ownerId) => update({ ownerId: choiceToId(ownerId) })}
      />
      <DateField label="Target date" value={goal.targetDate} onCommit={(targetDate) => update({ targetDate })} />
      <TextField
        label="Success measure"
        hint="How everyone will know the goal is met."
        value={goal.successMeasure}
        maxLength={limits.shortText}
        multiline
        onCommit={(successMeasure) => update({ successMeasure })}
        className="plan-fields__wide"
      />
      <CheckboxGroup
        legend="Contributing partners"
        sections={[{ options: board.partners.map((partner) => ({ id: partner.id, label: partner.name, colour: partner.colour })) }]}
        selected={goal.partnerIds}
        onCommit={(partnerIds) => update({ partnerIds })}
        emptyText="No partner organisations on the board yet."
      />
    </div>
  );
}
