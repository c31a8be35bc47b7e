import { limits, type Partner, type PartnerKind, type Person } from '@partnerboard/board';
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '../components/Button';
import { Field } from '../components/Field';
import type { RememberedIdentity } from '../sync/boardMemory';
import { PartnerKindField } from '../views/people/PartnerKindField';
import type { JoinAnswer, PlanPlace } from './joinAnswer';

export type { JoinAnswer, NewOrganisation } from './joinAnswer';

export interface IdentityFormProps {
  partners: readonly Partner[];
  people: readonly Person[];
  canEdit: boolean;
  initial?: RememberedIdentity;
  submitLabel: string;
  /** Refuse by throwing an Error whose message is shown under the form. */
  onSubmit(answer: JoinAnswer): void;
  onCancel?(): void;
}

// Values of the two pickers that are not a partner or a person; ids the app makes never look like these.
const unchosen = '';
const another = '__another__';
const addMe = '__add__';
const notInPlan = '__none__';

/** The person picker's options for an organisation: its people, then "add me" (links that may edit) and "go on without". */
function placeChoices(people: readonly Person[], partnerId: string | null, canEdit: boolean): { value: string; label: string }[] {
  const listed = partnerId === null ? [] : people.filter((person) => person.partnerId === partnerId);
  return [
    ...listed.map((person) => ({ value: person.id, label: person.role ? `${person.name} (${person.role})` : person.name })),
    ...(canEdit ? [{ value: addMe, label: listed.length > 0 ? 'I am not listed: add me to the plan' : 'Add me to the plan' }] : []),
    { value: notInPlan, label: listed.length > 0 ? 'I am not listed: go on without being in the plan' : 'Go on without being in the plan' },
  ];
}

/** What the pickers start at: what I said before, or nothing chosen, so that nobody is counted in an organisation they did not pick. */
function initialChoices(initial: RememberedIdentity | undefined, partners: readonly Partner[], people: readonly Person[]) {
  const partnerId = initial?.partnerId && partners.some((p) => p.id === initial.partnerId) ? initial.partnerId : undefined;
  const organisation = partnerId ?? (initial?.organisation ? another : unchosen);
  let place = unchosen;
  if (initial?.personId === null) place = notInPlan;
  else if (initial?.personId && people.some((p) => p.id === initial.personId && p.partnerId === partnerId)) place = initial.personId;
  return { organisation, place };
}

/**
 * "Your organisation" (one of the board's partners, or another one), "Who you are in the plan" (one
 * of its people, or add me, or nobody) and "Your name" when I am not one of the people listed.
 */
export function IdentityForm({ partners, people, canEdit, initial, submitLabel, onSubmit, onCancel }: IdentityFormProps) {
  const [start] = useState(() => initialChoices(initial, partners, people));
  const [choice, setChoice] = useState(start.organisation);
  const [placeChoice, setPlaceChoice] = useState(start.place);
  const [name, setName] = useState(initial?.name ?? '');
  const [organisation, setOrganisation] = useState(initial?.partnerId ? '' : (initial?.organisation ?? ''));
  const [kind, setKind] = useState<PartnerKind>('other');
  const [errors, setErrors] = useState<{ organisation?: string; newOrganisation?: string; place?: string; name?: string; form?: string }>({});
  const organisationPicker = useRef<HTMLSelectElement>(null);
  const organisationInput = useRef<HTMLInputElement>(null);
  const placePicker = useRef<HTMLSelectElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  const isAnother = choice === another || partners.length === 0;
  const organisationChosen = isAnother || choice !== unchosen;
  const choices = organisationChosen ? placeChoices(people, isAnother ? null : choice, canEdit) : [];
  // With one way to go (a view-only link joining for an organisation not on the board) there is nothing to ask.
  const onlyChoice = choices.length === 1 ? choices[0]?.value : undefined;
  const place = onlyChoice ?? placeChoice;
  const picksPerson = place !== unchosen && place !== addMe && place !== notInPlan;
  const anyListed = choices.some((option) => option.value !== addMe && option.value !== notInPlan);

  function chooseOrganisation(value: string) {
    setChoice(value);
    // Another organisation has other people: who I am in it is asked again.
    setPlaceChoice(unchosen);
    setErrors((previous) => ({ ...previous, organisation: undefined, place: undefined }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmedName = name.trim();
    const trimmedOrganisation = organisation.trim();
    const next: typeof errors = {};
    if (!organisationChosen) next.organisation = 'Choose your organisation. If it is not listed, choose “Another organisation…”.';
    if (isAnother && !trimmedOrganisation) next.newOrganisation = 'Enter the name of your organisation.';
    if (organisationChosen && place === unchosen) {
      next.place = anyListed ? 'Choose yourself from the list, or say that you are not listed.' : 'Choose whether to add yourself to the plan or go on without.';
    }
    if (!picksPerson && !trimmedName) next.name = 'Enter your name, as colleagues know you.';
    setErrors(next);
    const firstWrong = next.organisation
      ? organisationPicker
      : next.newOrganisation
        ? organisationInput
        : next.place
          ? placePicker
          : next.name
            ? nameInput
            : null;
    if (firstWrong) {
      firstWrong.current?.focus();
      return;
    }
    const planPlace: PlanPlace = picksPerson ? { kind: 'person', personId: place } : { kind: place === addMe ? 'add' : 'none' };
    try {
      if (isAnother) onSubmit({ name: trimmedName, newOrganisation: { name: trimmedOrganisation, kind }, place: planPlace });
      else onSubmit({ name: trimmedName, partnerId: choice, place: planPlace });
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <form className="identity-form" onSubmit={submit} noValidate>
      {partners.length > 0 ? (
        <Field label="Your organisation" hint="Your organisation's colour and name are shown beside your name." error={errors.organisation ?? null}>
          {(control) => (
            <select {...control} ref={organisationPicker} value={choice} onChange={(e) => chooseOrganisation(e.target.value)} autoFocus>
              <option value={unchosen} disabled>
                Choose your organisation…
              </option>
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
          error={errors.newOrganisation ?? null}
        >
          {(control) => (
            <input
              {...control}
              ref={organisationInput}
              type="text"
              autoComplete="organization"
              maxLength={limits.name}
              value={organisation}
              onChange={(e) => setOrganisation(e.target.value)}
              autoFocus={partners.length === 0}
            />
          )}
        </Field>
      ) : null}
      {isAnother && canEdit ? <PartnerKindField kind={kind} onChange={setKind} /> : null}
      {organisationChosen && onlyChoice === undefined ? (
        <Field
          label="Who you are in the plan"
          hint={
            canEdit
              ? 'Pick yourself, so that “Mine” shows what you own or share. If you are not listed, you can be added.'
              : 'Pick yourself, so that “Mine” shows what you own or share. This link is view only, so you cannot be added to the plan.'
          }
          error={errors.place ?? null}
        >
          {(control) => (
            <select
              {...control}
              ref={placePicker}
              value={place}
              onChange={(e) => {
                setPlaceChoice(e.target.value);
                setErrors((previous) => ({ ...previous, place: undefined }));
              }}
            >
              <option value={unchosen} disabled>
                {anyListed ? 'Choose yourself…' : 'Choose…'}
              </option>
              {choices.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {!picksPerson ? (
        <Field
          label="Your name"
          hint={place === addMe ? 'You are added to the plan under this name, in your organisation.' : undefined}
          error={errors.name ?? null}
        >
          {(control) => (
            <input
              {...control}
              ref={nameInput}
              type="text"
              autoComplete="name"
              maxLength={limits.name}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
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
