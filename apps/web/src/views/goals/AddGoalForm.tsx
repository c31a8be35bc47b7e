import { createGoal, limits, type Id } from '@partnerboard/board';
import { useRef, useState } from 'react';
import { AddForm, Field } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { useWrite } from '../../session/write';

/**
 * Adds goals at the end of the list. The box stays open and empty after each goal, so a facilitator can
 * capture several goals in a row as the meeting agrees them.
 */
export function AddGoalForm({ onDone, lastGoalId }: { onDone(): void; lastGoalId: Id | null }) {
  const { doc, actor } = useBoardSession();
  const write = useWrite();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const submit = () => {
    const result = write(() => createGoal(doc, { title, after: lastGoalId }, actor), { toast: false });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setTitle('');
    setError(null);
    input.current?.focus();
  };

  return (
    <AddForm label="Add a goal" submitLabel="Add goal" cancelLabel="Close" onSubmit={submit} onCancel={onDone}>
      <Field label="New goal" error={error}>
        {(control) => (
          <input
            {...control}
            ref={input}
            value={title}
            maxLength={limits.title}
            autoFocus
            placeholder="e.g. Home with the right care by Friday"
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
