import { createPerson, limits, type Partner } from '@partnerboard/board';
import { useState } from 'react';
import { AddForm, Field } from '../../components';
import { useWrite } from '../../session/write';
import { useBoardSession } from '../../session/BoardSession';

/** Adds a person to one partner organisation: name, job title and how to reach them. */
export function AddPersonForm({ partner, onDone }: { partner: Partner; onDone(): void }) {
  const { doc } = useBoardSession();
  const write = useWrite();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [contact, setContact] = useState('');
  const [error, setError] = useState<{ field: string | undefined; message: string } | null>(null);

  const submit = () => {
    const result = write(() => createPerson(doc, { name, role, contact, partnerId: partner.id }), { toast: false });
    if (!result.ok) {
      setError({ field: result.error.field, message: result.error.message });
      return;
    }
    onDone();
  };

  const fieldError = (field: string) => (error && (error.field === field || (field === 'name' && !['role', 'contact'].includes(error.field ?? ''))) ? error.message : null);
  const input = (field: 'name' | 'role' | 'contact', label: string, value: string, set: (value: string) => void, max: number) => (
    <Field label={label} error={fieldError(field)}>
      {(control) => <input {...control} value={value} maxLength={max} autoFocus={field === 'name'} onChange={(event) => set(event.target.value)} />}
    </Field>
  );

  return (
    <AddForm label={`Add a person to ${partner.name}`} submitLabel="Add person" onSubmit={submit} onCancel={onDone}>
      {input('name', 'Name', name, setName, limits.name)}
      {input('role', 'Role (job title)', role, setRole, limits.name)}
      {input('contact', 'Contact (phone or email)', contact, setContact, limits.shortText)}
    </AddForm>
  );
}
