import { createPerson, limits, type Partner } from '@partnerboard/board';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components';
import { useWrite } from '../../session/write';
import { useBoardSession } from '../../session/BoardSession';

/** Adds a person to one partner organisation: name, job title and how to reach them. */
export function AddPersonForm({ partner, onDone }: { partner: Partner; onDone(): void }) {
  const { doc } = useBoardSession();
  const write = useWrite();
  const ids = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [contact, setContact] = useState('');
  const [error, setError] = useState<{ field: string | undefined; message: string } | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = write(() => createPerson(doc, { name, role, contact, partnerId: partner.id }), { toast: false });
    if (!result.ok) {
      setError({ field: result.error.field, message: result.error.message });
      return;
    }
    onDone();
  };

  const fieldError = (field: string) => (error && (error.field === field || (field === 'name' && !['role', 'contact'].includes(error.field ?? ''))) ? error.message : null);
  const input = (field: 'name' | 'role' | 'contact', label: string, value: string, set: (value: string) => void, max: number) => {
    const message = fieldError(field);
    return (
      <div className={message ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={`${ids}-${field}`}>
          {label}
        </label>
        <input
          id={`${ids}-${field}`}
          value={value}
          maxLength={max}
          autoFocus={field === 'name'}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${ids}-${field}-error` : undefined}
          onChange={(event) => set(event.target.value)}
        />
        {message ? (
          <p className="field__error" id={`${ids}-${field}-error`} role="alert">
            {message}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form className="inline-form" onSubmit={submit} aria-label={`Add a person to ${partner.name}`}>
      {input('name', 'Name', name, setName, limits.name)}
      {input('role', 'Role (job title)', role, setRole, limits.name)}
      {input('contact', 'Contact (phone or email)', contact, setContact, limits.shortText)}
      <div className="inline-form__buttons">
        <Button type="submit" variant="primary">
          Add person
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
