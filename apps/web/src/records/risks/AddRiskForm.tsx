import { createRisk, limits, type Id } from '@partnerboard/board';
import { useState } from 'react';
import { AddForm, Field } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { useWrite } from '../../session/write';

/** Adds a risk by its title; its card then opens for the rest of its details. */
export function AddRiskForm({ onAdded, onDone }: { onAdded(id: Id): void; onDone(): void }) {
  const { doc } = useBoardSession();
  const write = useWrite();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const result = write(() => createRisk(doc, { title }), { toast: false });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onAdded(result.value);
  };

  return (
    <AddForm label="Add a risk" submitLabel="Add risk" onSubmit={submit} onCancel={onDone}>
      <Field label="New risk or barrier" hint="What could get in the way, in a few words." error={error}>
        {(control) => (
          <input
            {...control}
            value={title}
            maxLength={limits.title}
            autoFocus
            placeholder="e.g. Reablement has no capacity on the discharge date"
            onChange={(event) => setTitle(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') onDone();
            }}
          />
        )}
      </Field>
    </AddForm>
  );
}
