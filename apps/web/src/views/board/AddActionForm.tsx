import { actionStatusLabel, createAction, type ActionStatus, type Goal, type Id } from '@partnerboard/board';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { DuplicateActionNotice } from '../../duplicates/DuplicateActionNotice';
import { useDuplicateCheck } from '../../duplicates/useDuplicateCheck';
import { useBoardSession } from '../../session/BoardSession';
import { useUi } from '../../state/ui';
import { useWrite } from '../../session/write';

interface AddActionFormProps {
  status: ActionStatus;
  /** The swimlane's goal; in plain columns the user picks the goal. */
  goalId: Id | null;
  goals: readonly Goal[];
  /** The last card of the column: the new action goes right after it. */
  lastActionId: Id | undefined;
  /** e.g. "To do" or "To do, Safe discharge home": names the button for screen readers. */
  placeLabel: string;
}

/**
 * "Add action" at the foot of a column: type a title (and pick its goal), Enter adds it and keeps
 * the box open for the next one, the way actions are captured in a meeting.
 */
export function AddActionForm({ status, goalId, goals, lastActionId, placeLabel }: AddActionFormProps) {
  const { actor } = useBoardSession();
  const write = useWrite();
  const revealAction = useUi((s) => s.revealAction);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [pickedGoal, setPickedGoal] = useState<Id>('');
  const [error, setError] = useState<string | null>(null);
  const duplicates = useDuplicateCheck();
  const titleRef = useRef<HTMLInputElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const ids = { title: useId(), goal: useId(), error: useId() };
  // At the foot of a long column the form opens below the fold: all of it comes into view, its buttons
  // too, and again after each action added above it.
  useEffect(() => {
    if (open) form.current?.scrollIntoView({ block: 'nearest' });
  }, [open, lastActionId]);
  const goal = goalId ?? (goals.some((g) => g.id === pickedGoal) ? pickedGoal : (goals[0]?.id ?? ''));

  if (goals.length === 0 && goalId === null) {
    return <p className="column__hint">Add a goal first (Goals view): every action serves a goal.</p>;
  }

  if (!open) {
    return (
      <Button
        ref={openButton}
        variant="ghost"
        className="column__add"
        aria-label={`Add action to ${placeLabel}`}
        onClick={() => setOpen(true)}
      >
        + Add action
      </Button>
    );
  }

  const close = () => {
    setOpen(false);
    setTitle('');
    setError(null);
    duplicates.dismiss();
    requestAnimationFrame(() => openButton.current?.focus());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError('Type what needs doing.');
      return;
    }
    if (!duplicates.mayAdd(trimmed, goal)) return;
    const created = write(
      (doc) => createAction(doc, { title: trimmed, goalId: goal, status, ...(lastActionId ? { after: lastActionId } : {}) }, actor),
      { toast: false },
    );
    if (!created.ok) {
      setError(created.error.message);
      return;
    }
    revealAction(created.value);
    setTitle('');
    setError(null);
    titleRef.current?.focus();
  };

  return (
    <form
      ref={form}
      className="add-action"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
      aria-label={`New action in ${placeLabel}`}
    >
      <label htmlFor={ids.title} className="visually-hidden">
        Title of the new action in {actionStatusLabel[status]}
      </label>
      <input
        id={ids.title}
        ref={titleRef}
        className="input"
        placeholder="What needs doing?"
        value={title}
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? ids.error : undefined}
        onChange={(event) => setTitle(event.target.value)}
      />
      {goalId === null ? (
        <>
          <label htmlFor={ids.goal} className="add-action__label">
            Goal it serves
          </label>
          <select id={ids.goal} className="input" value={goal} onChange={(event) => setPickedGoal(event.target.value)}>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {error ? (
        <p id={ids.error} className="field__error">
          {error}
        </p>
      ) : null}
      <DuplicateActionNotice warning={duplicates.warningFor(title, goal)} onAddAnyway={() => form.current?.requestSubmit()} />
      <div className="form-actions">
        <Button type="submit" variant="primary" size="small">
          Add
        </Button>
        <Button size="small" onClick={close}>
          Done
        </Button>
      </div>
    </form>
  );
}
