import type { Partner, PartnerKind } from '@partnerboard/board';
import { useState, type FormEvent } from 'react';
import { Button } from '../components/Button';
import { Field } from '../components/Field';
import type { RememberedIdentity } from '../sync/boardMemory';
import { PartnerKindField } from '../views/people/PartnerKindField';

/** A new organisation the user is joining for; created as a partner when their link can edit. */
export interface NewOrganisation {
  name: string;
  kind: PartnerKind;
}

/** Who the user says they are: a name and one of the board's partners or a new organisation. */
export interface JoinAnswer {
  name: string;
  partnerId?: string;
  newOrganisation?: NewOrganisation;
}

export interface IdentityFormProps {
  partners: readonly Partner[];
  canEdit: boolean;
  initial?: RememberedIdentity;
  submitLabel: string;
  /** Refuse by throwing an Error whose message is shown under the form. */
  onSubmit(answer: JoinAnswer): void;
  onCancel?(): void;
}

const another = '__another__';

/** "Your name" and "Your organisation" (one of the board's partners, or another one). */
export function IdentityForm({ partners, canEdit, initial, submitLabel, onSubmit, onCancel }: IdentityFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const initialChoice = initial?.partnerId ?? (initial?.organisation ? another : (partners[0]?.id ?? another));
  const [choice, setChoice] = useState(initialChoice);
  const [organisation, setOrganisation] = useState(initial?.partnerId ? '' : (initial?.organisation ?? ''));
  const [kind, setKind] = useState<PartnerKind>('other');
  const [errors, setErrors] = useState<{ name?: string; organisation?: string; form?: string }>({});

  const isAnother = choice === another || partners.length === 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmedName = name.trim();
    const trimmedOrganisation = organisation.trim();
    const next: typeof errors = {};
    if (!trimmedName) next.name = 'Enter your name, as colleagues know you.';
    if (isAnother && !trimmedOrganisation) next.organisation = 'Enter the name of your organisation.';
    setErrors(next);
    if (next.name || next.organisation) return;
    try {
      if (isAnother) onSubmit({ name: trimmedName, newOrganisation: { name: trimmedOrganisation, kind } });
      else onSubmit({ name: trimmedName, partnerId: choice });
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <form className="identity-form" onSubmit={submit} noValidate>
      <Field label="Your name" error={errors.name ?? null}>
        {(control) => (
          <input {...control} type="text" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} autoFocus />
        )}
      </Field>
      {partners.length > 0 ? (
        <Field label="Your organisation" hint="Your organisation's colour and name are shown beside your name.">
          {(control) => (
            <select {...control} value={choice} onChange={(e) => setChoice(e.target.value)}>
              {partners.map((partner) => (
                <option key={partner.id} value={partner.id}>
                  {partner.name}
                </option>
              ))}
              <option value={another}>Another organisation…</option>
            </select>
          )}
        </Field>
      ) : null}
      {isAnother ? (
        <Field
          label={partners.length > 0 ? 'Name of your organisation' : 'Your organisation'}
          hint={
            canEdit
              ? 'It will be added to the plan as a partner organisation.'
              : 'This link is view only: your organisation is shown beside your name but not added to the plan.'
          }
          error={errors.organisation ?? null}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="organization"
              value={organisation}
              onChange={(e) => setOrganisation(e.target.value)}
            />
          )}
        </Field>
      ) : null}
      {isAnother && canEdit ? (
        <PartnerKindField kind={kind} onChange={setKind} />
      ) : null}
      {errors.form ? (
        <p className="field__error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary">
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>Cancel</Button> : null}
      </div>
    </form>
  );
}
