import {
  limits,
  riskCategories,
  riskCategoryLabel,
  riskResponseLabel,
  riskResponses,
  riskStatuses,
  riskStatusLabel,
  updateRisk,
  type Risk,
  type RiskCategory,
  type RiskPatch,
  type RiskResponse,
  type RiskStatus,
} from '@partnerboard/board';
import { CheckboxGroup, ChoiceField, choiceToId, DateField, idToChoice, optionalPersonChoices, TextField } from '../../detail/fields';
import { useBoardSession } from '../../session/BoardSession';
import { useBoard, wholeBoard } from '../../session/useBoard';
import { useWrite } from '../../session/write';
import { actionSections } from '../recordChoices';
import { impactWords, likelihoodWords } from './riskWords';

const scale = [1, 2, 3, 4, 5];
const likelihoodChoices = scale.map((n) => ({ value: String(n), label: `${n} – ${likelihoodWords[n]}` }));
const impactChoices = scale.map((n) => ({ value: String(n), label: `${n} – ${impactWords[n]}` }));
const categoryChoices = riskCategories.map((category) => ({ value: category, label: riskCategoryLabel[category] }));
const responseChoices = riskResponses.map((response) => ({ value: response, label: riskResponseLabel[response] }));
const statusChoices = riskStatuses.map((status) => ({ value: status, label: riskStatusLabel[status] }));

/** The editable fields of a risk; each saves on its own and follows other people's changes live. */
export function RiskFields({ risk }: { risk: Risk }) {
  const { doc } = useBoardSession();
  const board = useBoard(wholeBoard);
  const write = useWrite();
  const update = (patch: RiskPatch) => write(() => updateRisk(doc, risk.id, patch), { toast: false });
  const goalChoices = [{ value: '', label: 'No goal' }, ...board.goals.map((goal) => ({ value: goal.id, label: goal.title }))];

  return (
    <div className="plan-fields">
      <TextField label="Risk or barrier" value={risk.title} maxLength={limits.title} onCommit={(title) => update({ title })} className="plan-fields__wide" />
      <TextField
        label="Cause, event and effect"
        hint="Because of … , … may happen, which would mean … ."
        value={risk.description}
        maxLength={limits.longText}
        multiline
        onCommit={(description) => update({ description })}
        className="plan-fields__wide"
      />
      <ChoiceField label="Category" value={risk.category} choices={categoryChoices} onCommit={(category) => update({ category: category as RiskCategory })} />
      <ChoiceField label="Likelihood" value={String(risk.likelihood)} choices={likelihoodChoices} onCommit={(value) => update({ likelihood: Number(value) })} />
      <ChoiceField label="Impact" value={String(risk.impact)} choices={impactChoices} onCommit={(value) => update({ impact: Number(value) })} />
      <ChoiceField label="Response" value={risk.response} choices={responseChoices} onCommit={(response) => update({ response: response as RiskResponse })} />
      <ChoiceField label="Status" value={risk.status} choices={statusChoices} onCommit={(status) => update({ status: status as RiskStatus })} />
      <ChoiceField
        label="Owner"
        value={idToChoice(risk.ownerId)}
        choices={optionalPersonChoices(board, 'No owner yet')}
        onCommit={(ownerId) => update({ ownerId: choiceToId(ownerId) })}
      />
      <DateField label="Trigger date" hint="When the risk would happen, or must be acted on by." value={risk.triggerOn} onCommit={(triggerOn) => update({ triggerOn })} />
      <ChoiceField label="Goal at risk" value={idToChoice(risk.goalId)} choices={goalChoices} onCommit={(goalId) => update({ goalId: choiceToId(goalId) })} />
      <TextField
        label="Mitigation"
        hint="What the partnership does about it."
        value={risk.mitigation}
        maxLength={limits.longText}
        multiline
        onCommit={(mitigation) => update({ mitigation })}
        className="plan-fields__wide"
      />
      <CheckboxGroup
        legend="Mitigation actions"
        hint="The actions on the board that carry out the mitigation."
        sections={actionSections(board)}
        selected={risk.mitigationActionIds}
        onCommit={(mitigationActionIds) => update({ mitigationActionIds })}
        emptyText="No actions on the board yet."
      />
    </div>
  );
}
