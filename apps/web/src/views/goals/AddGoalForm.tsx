import { createGoal, limits, type Id } from '@partnerboard/board';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components';
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
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
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
    <form className="add-goal" onSubmit={submit} aria-label="Add a goal">
      <div className={error ? 'field field--invalid add-goal__field' : 'field add-goal__field'}>
        <label className="field__label" htmlFor={id}>
          New goal
        </label>
        <input
          ref={input}
          id={id}
          value={title}
          maxLength={limits.title}
          autoFocus
          placeholder="e.g. Home with the right care by Friday"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setTitle(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onDone();
          }}
        />
        {error ? (
          <p className="field__error" id={`${id}-error`} role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="add-goal__buttons">
        <Button type="submit" variant="primary">
          Add goal
        </Button>
        <Button onClick={onDone}>Close</Button>
      </div>
    </form>
  );
}
