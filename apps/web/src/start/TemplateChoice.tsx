import { templateDescription, templateLabel, templateNames, type TemplateName } from '@partnerboard/board';
import { useId } from 'react';
import './templateChoice.css';

/**
 * The templates a board can start from, as radio cards with a line on what each is for. Native
 * radios: arrow keys move between them and the group is one Tab stop.
 */
export function TemplateChoice({ value, onChange }: { value: TemplateName; onChange(name: TemplateName): void }) {
  const hintId = useId();
  const name = useId();
  return (
    <fieldset className="template-choice" aria-describedby={hintId}>
      <legend className="field__label">Start from</legend>
      <p id={hintId} className="field__hint">
        A template fills in example partners, goals, actions, risks and a review rhythm, all of which you can change.
      </p>
      <div className="template-choice__cards">
        {templateNames.map((template) => {
          const id = `${name}-${template}`;
          return (
            <label key={template} className="template-choice__card" htmlFor={id}>
              <input
                id={id}
                type="radio"
                name={name}
                value={template}
                checked={value === template}
                onChange={() => onChange(template)}
                aria-labelledby={`${id}-label`}
                aria-describedby={`${id}-about`}
              />
              <span className="template-choice__text">
                <span id={`${id}-label`} className="template-choice__label">{templateLabel[template]}</span>
                <span id={`${id}-about`} className="template-choice__about">
                  {templateDescription[template]}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
