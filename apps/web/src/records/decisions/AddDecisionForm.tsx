import { createDecision, type Id } from '@partnerboard/board';
import { useState } from 'react';
import { Field } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { AddRecordForm } from '../AddRecordForm';

/** Records a new decision, taken today unless I say otherwise; its card then opens for the rest of its details. */
export function AddDecisionForm({ onAdded, onDone }: { onAdded(id: Id): void; onDone(): void }) {
  const { today } = useBoardSession();
  const [decidedOn, setDecidedOn] = useState(today);

  return (
    <AddRecordForm
      label="Record a decision"
      submitLabel="Record decision"
      titleLabel="What was decided"
      placeholder="e.g. Arthur goes home with reablement"
      create={(doc, title) => createDecision(doc, { title, decidedOn: decidedOn || null, status: 'agreed' })}
      onAdded={onAdded}
      onDone={onDone}
    >
      <Field label="Decided on">
        {(control) => <input {...control} type="date" value={decidedOn} onChange={(event) => setDecidedOn(event.target.value)} />}
      </Field>
    </AddRecordForm>
  );
}
