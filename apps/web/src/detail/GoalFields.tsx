import { useCallback, useMemo, useState } from 'react';
import { goalProgress, goalStatuses, goalStatusLabel, limits, updateGoal, type Board, type Goal, type GoalPatch, type GoalStatus } from '@partnerboard/board';
import { useBoardSession } from '../session/BoardSession';
import { sameFields, selectPartners, selectPeople, useBoard } from '../session/useBoard';
import { CheckboxGroup, ChoiceField, choiceToId, DateField, idToChoice, optionalPersonChoices, TextField } from './fields';
import { useWrite, type WriteResult } from '../session/write';
import { ConfirmAchievedDialog } from './ConfirmAchievedDialog';

const statusChoices = goalStatuses.map((status) => ({ value: status, label: goalStatusLabel[status] }));

/** The editable fields of a goal, used in place on the goals view and in the detail panel. */
export function GoalFields({ goal }: { goal: Goal }) {
  const { doc, actor } = useBoardSession();
  const partners = useBoard(selectPartners);
  const people = useBoard(selectPeople);
  const progress = useBoard(
    useCallback((board: Board) => goalProgress(board, goal.id), [goal.id]),
    sameFields,
  );
  const ownerChoices = useMemo(() => optionalPersonChoices({ partners, people }, 'No owner yet'), [partners, people]);
  const partnerOptions = useMemo(() => partners.map((partner) => ({ id: partner.id, label: partner.name, colour: partner.colour })), [partners]);
  const write = useWrite();
  const update = (patch: GoalPatch) => write(() => updateGoal(doc, goal.id, patch, actor), { toast: false });
  const [askAchieved, setAskAchieved] = useState(false);
  const open = progress.total - progress.done;
  const changeStatus = (status: GoalStatus): WriteResult<unknown> | null => {
    // Achieved while work is still open is asked about: a slip of the menu would tell every partner it is done.
    if (status !== 'achieved' || goal.status === 'achieved' || open === 0) return update({ status });
    setAskAchieved(true);
    return null;
  };

  return (
    <div className="plan-fields">
      <TextField label="Goal" value={goal.title} maxLength={limits.title} onCommit={(title) => update({ title })} className="plan-fields__wide" />
      <ChoiceField label="Status" value={goal.status} choices={statusChoices} onCommit={(status) => changeStatus(status as GoalStatus)} />
      {askAchieved ? (
        <ConfirmAchievedDialog
          goal={goal}
          open={open}
          total={progress.total}
          onConfirm={() => {
            setAskAchieved(false);
            update({ status: 'achieved' });
          }}
          onClose={() => setAskAchieved(false)}
        />
      ) : null}
      <ChoiceField
        label="Accountable owner"
        value={idToChoice(goal.ownerId)}
        choices={ownerChoices}
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
        sections={[{ options: partnerOptions }]}
        selected={goal.partnerIds}
        onCommit={(partnerIds) => update({ partnerIds })}
        emptyText="No partner organisations on the board yet."
      />
    </div>
  );
}
