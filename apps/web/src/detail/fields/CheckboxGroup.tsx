import { useId, useState } from 'react';
import type { Id } from '@partnerboard/board';
import { useDraft } from '../../components/useDraft';
import type { WriteResult } from '../../session/write';

export interface CheckboxOption {
  id: Id;
  label: string;
  /** Organisation colour, shown as a dot beside the words. */
  colour?: string;
}

export interface CheckboxSection {
  /** Heading of a group of options, e.g. an organisation; omit for a flat list. */
  heading?: string;
  options: readonly CheckboxOption[];
}

export interface CheckboxGroupProps {
  legend: string;
  hint?: string;
  sections: readonly CheckboxSection[];
  selected: readonly Id[];
  /** Saves the whole new selection after each tick. */
  onCommit(ids: Id[]): WriteResult<unknown>;
  emptyText?: string;
}

/** A fieldset of checkboxes choosing several people or organisations; each tick saves at once. */
export function CheckboxGroup({ legend, hint, sections, selected, onCommit, emptyText = 'Nobody to choose yet.' }: CheckboxGroupProps) {
  const [error, setError] = useState<string | null>(null);
  const baseId = useId();
  // My ticks show at once; the board's selection (with anyone else's changes) replaces them when it changes.
  const [draft, setDraft] = useDraft<readonly Id[]>(selected);
  const chosen = new Set(draft);
  const hasOptions = sections.some((section) => section.options.length > 0);
  const describedBy = [hint ? `${baseId}-hint` : '', error ? `${baseId}-error` : ''].filter(Boolean).join(' ') || undefined;

  const toggle = (id: Id, on: boolean) => {
    const next = on ? [...chosen, id] : [...chosen].filter((other) => other !== id);
    const result = onCommit(next);
    if (result.ok) setDraft(next);
    setError(result.ok ? null : result.error.message);
  };

  return (
    <fieldset className="checkbox-group" aria-describedby={describedBy}>
      <legend className="checkbox-group__legend">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${baseId}-hint`}>
          {hint}
        </p>
      ) : null}
      {hasOptions ? (
        sections.map((section, index) => (
          <div key={section.heading ?? index} className="checkbox-group__section">
            {section.heading ? <p className="checkbox-group__heading">{section.heading}</p> : null}
            <ul className="plain-list checkbox-group__options">
              {section.options.map((option) => (
                <li key={option.id}>
                  <label className="checkbox-group__option">
                    <input type="checkbox" checked={chosen.has(option.id)} onChange={(event) => toggle(option.id, event.target.checked)} />
                    {option.colour ? <span className="colour-dot" aria-hidden="true" style={{ background: option.colour }} /> : null}
                    {option.label}
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))
      ) : (
        <p className="checkbox-group__empty">{emptyText}</p>
      )}
      {error ? (
        <p className="field__error" id={`${baseId}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
