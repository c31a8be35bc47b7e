import { limits, type Id } from '@partnerboard/board';
import { useState, type ReactNode } from 'react';
import type * as Y from 'yjs';
import { AddForm, Field } from '../components';
import { useWrite } from '../session/write';

interface AddRecordFormProps {
  /** The form's accessible name, e.g. "Add a risk". */
  label: string;
  submitLabel: string;
  titleLabel: string;
  titleHint?: string;
  placeholder: string;
  /** Writes the new record with the title typed; answers its id. */
  create(doc: Y.Doc, title: string): Id;
  onAdded(id: Id): void;
  onDone(): void;
  /** Fields after the title. */
  children?: ReactNode;
}

/** Adds a record to a log by its title (and any fields given as children); its card then opens for the rest. */
export function AddRecordForm({ label, submitLabel, titleLabel, titleHint, placeholder, create, onAdded, onDone, children }: AddRecordFormProps) {
  const write = useWrite();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const result = write((doc) => create(doc, title), { toast: false });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onAdded(result.value);
  };

  return (
    <AddForm label={label} submitLabel={submitLabel} onSubmit={submit} onCancel={onDone}>
      <Field label={titleLabel} hint={titleHint} error={error}>
        {(control) => (
          <input
            {...control}
            value={title}
            maxLength={limits.title}
            autoFocus
            placeholder={placeholder}
            onChange={(event) => setTitle(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') onDone();
            }}
          />
        )}
      </Field>
      {children}
    </AddForm>
  );
}
