import { createDecision, limits, type Id } from '@partnerboard/board';
import { useState } from 'react';
import { AddForm, Field } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { useWrite } from '../../session/write';

/** Records a new decision, taken today unless I say otherwise; its card then opens for the rest of its details. */
export function AddDecisionForm({ onAdded, onDone }: { onAdded(id: Id): void; onDone(): void }) {
  const { doc, today } = useBoardSession();
  const write = useWrite();
  const [title, setTitle] = useState('');
  const [decidedOn, setDecidedOn] = useState(today);
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const result = write(() => createDecision(doc, { title, decidedOn: decidedOn || null, status: 'agreed' }), { toast: false });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onAdded(result.value);
  };

  return (
    <AddForm label="Record a decision" submitLabel="Record decision" onSubmit={submit} onCancel={onDone}>
      <Field label="What was decided" error={error}>
        {(control) => (
          <input
            {...control}
            value={title}
            maxLength={limits.title}
            autoFocus
            placeholder="e.g. Arthur goes home with reablement"
            onChange={(event) => setTitle(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') onDone();
            }}
          />
        )}
      </Field>
      <Field label="Decided on">
        {(control) => <input {...control} type="date" value={decidedOn} onChange={(event) => setDecidedOn(event.target.value)} />}
      </Field>
    </AddForm>
  );
}
