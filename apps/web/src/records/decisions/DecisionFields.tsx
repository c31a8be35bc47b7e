import { decisionStatuses, decisionStatusLabel, limits, updateDecision, type Decision, type DecisionPatch, type DecisionStatus } from '@partnerboard/board';
import { CheckboxGroup, ChoiceField, DateField, TextField } from '../../detail/fields';
import { useBoardSession } from '../../session/BoardSession';
import { useBoard, wholeBoard } from '../../session/useBoard';
import { useWrite } from '../../session/write';
import { actionSections, goalSections, partnerSections, peopleSections } from '../recordChoices';

const statusChoices = decisionStatuses.map((status) => ({ value: status, label: decisionStatusLabel[status] }));

/** The editable fields of a decision; each saves on its own and follows other people's changes live. */
export function DecisionFields({ decision }: { decision: Decision }) {
  const { doc } = useBoardSession();
  const board = useBoard(wholeBoard);
  const write = useWrite();
  const update = (patch: DecisionPatch) => write(() => updateDecision(doc, decision.id, patch), { toast: false });

  return (
    <div className="plan-fields">
      <TextField label="What was decided" value={decision.title} maxLength={limits.title} onCommit={(title) => update({ title })} className="plan-fields__wide" />
      <ChoiceField label="Status" value={decision.status} choices={statusChoices} onCommit={(status) => update({ status: status as DecisionStatus })} />
      <DateField label="Decided on" value={decision.decidedOn} onCommit={(decidedOn) => update({ decidedOn })} />
      <TextField
        label="Decided by"
        hint="The meeting or person who took it."
        value={decision.decidedBy}
        maxLength={limits.name}
        onCommit={(decidedBy) => update({ decidedBy })}
      />
      <DateField label="Review on" hint="When the partnership looks at it again." value={decision.reviewOn} onCommit={(reviewOn) => update({ reviewOn })} />
      <TextField
        label="Context"
        hint="The situation that called for a decision."
        value={decision.context}
        maxLength={limits.longText}
        multiline
        onCommit={(context) => update({ context })}
        className="plan-fields__wide"
      />
      <TextField
        label="Alternatives considered"
        value={decision.alternatives}
        maxLength={limits.longText}
        multiline
        onCommit={(alternatives) => update({ alternatives })}
        className="plan-fields__wide"
      />
      <TextField
        label="Rationale"
        hint="Why this and not the alternatives."
        value={decision.rationale}
        maxLength={limits.longText}
        multiline
        onCommit={(rationale) => update({ rationale })}
        className="plan-fields__wide"
      />
      <CheckboxGroup
        legend="Partners who agreed"
        sections={partnerSections(board)}
        selected={decision.agreedByPartnerIds}
        onCommit={(agreedByPartnerIds) => update({ agreedByPartnerIds })}
        emptyText="No partner organisations on the board yet."
      />
      <CheckboxGroup legend="Consulted" sections={peopleSections(board)} selected={decision.consultedIds} onCommit={(consultedIds) => update({ consultedIds })} />
      <CheckboxGroup
        legend="Goals it affects"
        sections={goalSections(board)}
        selected={decision.goalIds}
        onCommit={(goalIds) => update({ goalIds })}
        emptyText="No goals on the board yet."
      />
      <CheckboxGroup
        legend="Actions it affects"
        sections={actionSections(board)}
        selected={decision.actionIds}
        onCommit={(actionIds) => update({ actionIds })}
        emptyText="No actions on the board yet."
      />
    </div>
  );
}
