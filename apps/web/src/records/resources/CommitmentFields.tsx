import { limits, updateCommitment, type Commitment, type CommitmentKind, type CommitmentStatus } from '@partnerboard/board';
import { ChoiceField, TextField } from '../../detail/fields';
import { useBoardSession } from '../../session/BoardSession';
import { useBoard, wholeBoard } from '../../session/useBoard';
import { useWrite } from '../../session/write';
import { amountFromText, goalChoices, kindChoices, partnerChoices, statusChoices } from './commitmentChoices';

/** Every field of a commitment, each saved as it is changed and following others' changes live. */
export function CommitmentFields({ commitment }: { commitment: Commitment }) {
  const { doc } = useBoardSession();
  const board = useBoard(wholeBoard);
  const write = useWrite();
  const save = (patch: Parameters<typeof updateCommitment>[2]) => write(() => updateCommitment(doc, commitment.id, patch), { toast: false });
  return (
    <div className="commitment-form__grid commitment__fields">
      <ChoiceField label="Organisation" value={commitment.partnerId} choices={partnerChoices(board)} onCommit={(partnerId) => save({ partnerId })} />
      <ChoiceField label="Towards" value={commitment.goalId ?? ''} choices={goalChoices(board)} onCommit={(goalId) => save({ goalId: goalId === '' ? null : goalId })} />
      <ChoiceField label="What it puts in" value={commitment.kind} choices={kindChoices} onCommit={(kind) => save({ kind: kind as CommitmentKind })} />
      <TextField label="Amount" hint="A number, or leave it empty" value={commitment.amount === null ? '' : String(commitment.amount)} onCommit={(text) => save({ amount: amountFromText(text) })} />
      <TextField label="Unit" value={commitment.unit} maxLength={limits.name} onCommit={(unit) => save({ unit })} />
      <ChoiceField label="Status" value={commitment.status} choices={statusChoices} onCommit={(status) => save({ status: status as CommitmentStatus })} />
      <TextField label="Note" className="commitment__note-field" value={commitment.note} maxLength={limits.shortText} onCommit={(note) => save({ note })} />
    </div>
  );
}
