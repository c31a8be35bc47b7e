import type { Board } from '@partnerboard/board';
import { limits, type CreatePersonalLinkRequest, type PersonalLinkRole } from '@partnerboard/protocol';
import { useState, type FormEvent } from 'react';
import { Button } from '../components/Button';
import { Field } from '../components/Field';

const someoneElse = '__someone-else__';

export const personalRoleLabel: Record<PersonalLinkRole, string> = {
  editor: 'Can edit the plan',
  viewer: 'View only',
};

/** The board's people as a personal link names them: their name and their organisation's. */
function peopleToName({ people, partners }: Pick<Board, 'people' | 'partners'>) {
  return people.map((person) => ({
    id: person.id,
    name: person.name.trim(),
    organisation: partners.find((partner) => partner.id === person.partnerId)?.name.trim() ?? '',
  }));
}

export interface PersonalLinkFormProps {
  people: Board['people'];
  partners: Board['partners'];
  busy: boolean;
  /** Refuse by throwing an Error whose message is shown under the form. */
  onSubmit(request: CreatePersonalLinkRequest): Promise<void>;
}

/** Who a new personal link is for (one of the board's people, or a name typed in) and what it lets them do. */
export function PersonalLinkForm({ busy, onSubmit, ...board }: PersonalLinkFormProps) {
  const people = peopleToName(board).filter((person) => person.name !== '');
  const [choice, setChoice] = useState(people[0]?.id ?? someoneElse);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState<PersonalLinkRole>('editor');
  const [errors, setErrors] = useState<{ name?: string; form?: string }>({});
  const picked = people.find((person) => person.id === choice);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const typedName = name.trim();
    if (!picked && !typedName) {
      setErrors({ name: 'Enter the name of the person the link is for.' });
      return;
    }
    setErrors({});
    const request: CreatePersonalLinkRequest = picked
      ? { role, name: picked.name, organisation: picked.organisation, personId: picked.id }
      : { role, name: typedName, organisation: organisation.trim() };
    try {
      await onSubmit(request);
      setName('');
      setOrganisation('');
    } catch (error) {
      setErrors({ form: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <form className="personal-link-form" onSubmit={submit} noValidate aria-label="Make a personal link">
      <Field label="Who it is for" hint="Their name and organisation are shown, as verified, beside everything they do.">
        {(control) => (
          <select {...control} value={choice} onChange={(e) => setChoice(e.target.value)}>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.organisation ? `${person.name} (${person.organisation})` : person.name}
              </option>
            ))}
            <option value={someoneElse}>Someone not in People…</option>
          </select>
        )}
      </Field>
      {picked ? null : (
        <>
          <Field label="Their name" error={errors.name ?? null}>
            {(control) => (
              <input {...control} type="text" maxLength={limits.displayName} value={name} onChange={(e) => setName(e.target.value)} />
            )}
          </Field>
          <Field label="Their organisation">
            {(control) => (
              <input
                {...control}
                type="text"
                maxLength={limits.organisation}
                value={organisation}
                onChange={(e) => setOrganisation(e.target.value)}
              />
            )}
          </Field>
        </>
      )}
      <Field label="What the link lets them do">
        {(control) => (
          <select {...control} value={role} onChange={(e) => setRole(e.target.value as PersonalLinkRole)}>
            <option value="editor">{personalRoleLabel.editor}</option>
            <option value="viewer">{personalRoleLabel.viewer}</option>
          </select>
        )}
      </Field>
      {errors.form ? (
        <p className="field__error" role="alert">
          {errors.form}
        </p>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Making the link…' : 'Make personal link'}
        </Button>
      </div>
    </form>
  );
}
