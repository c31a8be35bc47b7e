import { createCommitment, limits, type CommitmentKind, type Id } from '@partnerboard/board';
import { useState } from 'react';
import { AddForm, Field } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { useBoard, wholeBoard } from '../../session/useBoard';
import { useWrite } from '../../session/write';
import { amountFromText, goalChoices, kindChoices, partnerChoices } from './commitmentChoices';

/** Records what an organisation puts in; it starts as pledged. The organisation defaults to mine, the goal to the one shown. */
export function AddCommitmentForm({ goalId, partnerId, onDone }: { goalId?: Id | null; partnerId?: Id; onDone(): void }) {
  const { doc, me } = useBoardSession();
  const board = useBoard(wholeBoard);
  const write = useWrite();
  const [partner, setPartner] = useState<Id>(partnerId ?? me.partnerId ?? board.partners[0]?.id ?? '');
  const [goal, setGoal] = useState<Id>(goalId ?? '');
  const [kind, setKind] = useState<CommitmentKind>('staff_time');
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState('hours a week');
  const [note, setNote] = useState('');
  const [error, setError] = useState<{ field: string | undefined; message: string } | null>(null);

  const submit = () => {
    const result = write(
      () => createCommitment(doc, { partnerId: partner, goalId: goal === '' ? null : goal, kind, amount: amountFromText(amount), unit, note }),
      { toast: false },
    );
    if (!result.ok) {
      setError({ field: result.error.field, message: result.error.message });
      return;
    }
    onDone();
  };
  const fields = ['partnerId', 'goalId', 'kind', 'amount', 'unit', 'note'];
  const errorOn = (field: string) => (error?.field === field ? error.message : null);
  const otherError = error && !fields.includes(error.field ?? '') ? error.message : null;
  const changeKind = (value: CommitmentKind) => {
    setKind(value);
    // A unit that suits the kind, unless one was typed.
    if (unit === 'hours a week' || unit === '£' || unit === '') setUnit(value === 'staff_time' ? 'hours a week' : value === 'funding' ? '£' : '');
  };

  return (
    <AddForm label="Add a commitment" submitLabel="Add commitment" onSubmit={submit} onCancel={onDone}>
      <div className="commitment-form__grid">
        <Field label="Organisation" error={errorOn('partnerId')}>
          {(control) => (
            <select {...control} value={partner} autoFocus onChange={(event) => setPartner(event.target.value)}>
              {partnerChoices(board).map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Towards" error={errorOn('goalId')}>
          {(control) => (
            <select {...control} value={goal} onChange={(event) => setGoal(event.target.value)}>
              {goalChoices(board).map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="What it puts in" error={errorOn('kind')}>
          {(control) => (
            <select {...control} value={kind} onChange={(event) => changeKind(event.target.value as CommitmentKind)}>
              {kindChoices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Amount" hint="A number, or leave it empty" error={errorOn('amount')}>
          {(control) => <input {...control} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} />}
        </Field>
        <Field label="Unit" hint="e.g. hours a week, £, rooms" error={errorOn('unit')}>
          {(control) => <input {...control} value={unit} maxLength={limits.name} onChange={(event) => setUnit(event.target.value)} />}
        </Field>
      </div>
      <Field label="Note" hint="What it is for, or who provides it" error={errorOn('note')}>
        {(control) => <input {...control} value={note} maxLength={limits.shortText} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      {otherError ? (
        <p className="field__error" role="alert">
          {otherError}
        </p>
      ) : null}
    </AddForm>
  );
}
