import { useState } from 'react';
import type { IsoDate } from '@partnerboard/board';
import { Field } from '../../components';
import { useDraft } from '../../components/useDraft';
import type { WriteResult } from '../../session/write';

export interface DateFieldProps {
  label: string;
  value: IsoDate | null;
  /** Saves the date; null when I clear it. */
  onCommit(value: IsoDate | null): WriteResult<unknown>;
  hint?: string;
  className?: string;
}

/** A date picker that saves each complete date I pick, or the empty date when I clear it. */
export function DateField({ label, value, onCommit, hint, className }: DateFieldProps) {
  const [error, setError] = useState<string | null>(null);
  // My date shows at once, so the picker does not jump back while the board catches up.
  const [draft, setDraft] = useDraft(value ?? '');
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          type="date"
          value={draft}
          onChange={(event) => {
            const picked = event.target.value;
            const result = onCommit(picked === '' ? null : picked);
            setDraft(result.ok ? picked : (value ?? ''));
            setError(result.ok ? null : result.error.message);
          }}
        />
      )}
    </Field>
  );
}
