import { addConsent, limits } from '@partnerboard/board';
import { useState } from 'react';
import { AddForm, Field } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { useWrite } from '../../session/write';

type ConsentField = 'name' | 'scope' | 'givenOn';

/** Records consent: who gave it, what they agreed to share, with whom and what for, and when. */
export function AddConsentForm({ onDone }: { onDone(): void }) {
  const { doc, today } = useBoardSession();
  const write = useWrite();
  const [name, setName] = useState('');
  const [scope, setScope] = useState('');
  const [givenOn, setGivenOn] = useState<string>(today);
  const [error, setError] = useState<{ field: ConsentField; message: string } | null>(null);

  const submit = () => {
    const result = write(() => addConsent(doc, { name, scope, givenOn }), { toast: false });
    if (!result.ok) {
      const field = result.error.field;
      setError({ field: field === 'scope' || field === 'givenOn' ? field : 'name', message: result.error.message });
      return;
    }
    onDone();
  };
  const errorOf = (field: ConsentField) => (error?.field === field ? error.message : null);

  return (
    <AddForm label="Record consent" submitLabel="Record consent" onSubmit={submit} onCancel={onDone}>
      <Field label="Who gave consent" hint="For example “Arthur Bennett” or “Kerry Thompson (parent)”." error={errorOf('name')}>
        {(control) => <input {...control} value={name} maxLength={limits.name} autoFocus onChange={(event) => setName(event.target.value)} />}
      </Field>
      <Field label="What they agreed to" hint="Which information, shared with whom, for what." error={errorOf('scope')}>
        {(control) => <textarea {...control} rows={2} value={scope} maxLength={limits.shortText} onChange={(event) => setScope(event.target.value)} />}
      </Field>
      <Field label="Date given" error={errorOf('givenOn')}>
        {(control) => <input {...control} type="date" value={givenOn} onChange={(event) => setGivenOn(event.target.value)} />}
      </Field>
    </AddForm>
  );
}
