import { useState, type ReactNode } from 'react';
import { Field } from '../../components';
import { useDraft } from '../../components/useDraft';
import type { WriteResult } from '../../session/write';

export interface Choice {
  value: string;
  label: string;
}

export interface ChoiceGroup {
  label: string;
  choices: readonly Choice[];
}

export interface ChoiceFieldProps {
  label: string;
  value: string;
  /** Plain choices, or choices grouped under headings (e.g. people by organisation). */
  choices: readonly (Choice | ChoiceGroup)[];
  /** Saves a pick; null when it is not made (yet), e.g. while a question about it is asked: the board's value stays shown. */
  onCommit(value: string): WriteResult<unknown> | null;
  hint?: string;
  className?: string;
  /** Shown after the select, e.g. the status pill of the chosen value. */
  children?: ReactNode;
}

function isGroup(entry: Choice | ChoiceGroup): entry is ChoiceGroup {
  return 'choices' in entry;
}

/** A select that saves as soon as I pick a value. */
export function ChoiceField({ label, value, choices, onCommit, hint, className, children }: ChoiceFieldProps) {
  const [error, setError] = useState<string | null>(null);
  // My pick shows at once; the board's value (mine once saved, or someone else's) replaces it when it changes.
  const [draft, setDraft] = useDraft(value);
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <>
          <select
            {...control}
            value={draft}
            onChange={(event) => {
              const result = onCommit(event.target.value);
              setDraft(result?.ok ? event.target.value : value);
              setError(result && !result.ok ? result.error.message : null);
            }}
          >
            {choices.map((entry) =>
              isGroup(entry) ? (
                <optgroup key={entry.label} label={entry.label}>
                  {entry.choices.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </optgroup>
              ) : (
                <option key={entry.value} value={entry.value}>
                  {entry.label}
                </option>
              ),
            )}
          </select>
          {children}
        </>
      )}
    </Field>
  );
}
