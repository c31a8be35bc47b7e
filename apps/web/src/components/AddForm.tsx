import type { FormEvent, ReactNode } from 'react';
import { Button } from './Button';

export interface AddFormProps {
  /** The form's accessible name, e.g. 'Add a goal'. */
  label: string;
  /** The submit button, e.g. 'Add goal'. */
  submitLabel: string;
  /** The button that closes the form without adding. */
  cancelLabel?: string;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}

/** The boxed form that adds a goal, an organisation or a person in place: its fields, then add and cancel. */
export function AddForm({ label, submitLabel, cancelLabel = 'Cancel', onSubmit, onCancel, children }: AddFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={label}>
      {children}
      <div className="form-actions">
        <Button type="submit" variant="primary">
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{cancelLabel}</Button>
      </div>
    </form>
  );
}
