import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Field } from '../../components';
import type { WriteResult } from '../../session/write';

export interface TextFieldProps {
  label: string;
  /** The value on the board now; shown whenever I am not typing in the box. */
  value: string;
  /** Saves my text; a refusal is shown under the box and my text stays for me to fix. */
  onCommit(value: string): WriteResult<unknown>;
  multiline?: boolean;
  maxLength?: number;
  hint?: string;
  className?: string;
  placeholder?: string;
}

/**
 * A text box that edits one field in place. It saves when I leave it or press Enter (Ctrl+Enter in a
 * multi-line box); Escape puts back what the board holds. Unless I have typed something not yet
 * saved, it follows other people's changes live.
 */
export function TextField({ label, value, onCommit, multiline = false, maxLength, hint, className, placeholder }: TextFieldProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // Typed and not yet saved. Only that is kept from others' changes: once saved (Enter), the box
  // follows the board again, so leaving it later cannot save my old text over a newer one.
  const unsaved = useRef(false);

  useEffect(() => {
    if (!unsaved.current) setDraft(value);
  }, [value]);

  const commit = () => {
    if (!unsaved.current || draft === value) {
      unsaved.current = false;
      setDraft(value);
      setError(null);
      return;
    }
    const result = onCommit(draft);
    unsaved.current = !result.ok;
    setError(result.ok ? null : result.error.message);
  };

  const type = (text: string) => {
    unsaved.current = true;
    setDraft(text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft !== value) {
      // Only swallow Escape when it undoes my typing; otherwise it closes the panel as usual.
      event.stopPropagation();
      unsaved.current = false;
      setDraft(value);
      setError(null);
    }
  };

  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => {
        const props = {
          ...control,
          value: draft,
          maxLength,
          placeholder,
          onBlur: commit,
          onKeyDown,
        };
        return multiline ? (
          <textarea {...props} rows={3} onChange={(event) => type(event.target.value)} />
        ) : (
          <input {...props} type="text" onChange={(event) => type(event.target.value)} />
        );
      }}
    </Field>
  );
}
