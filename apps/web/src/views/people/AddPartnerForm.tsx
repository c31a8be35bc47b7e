import { createPartner, limits, type PartnerKind } from '@partnerboard/board';
import { useState } from 'react';
import { AddForm, Field } from '../../components';
import { useWrite } from '../../session/write';
import { useBoardSession } from '../../session/BoardSession';
import { PartnerKindField } from './PartnerKindField';

/** Adds a partner organisation; it gets the next unused organisation colour. */
export function AddPartnerForm({ onDone }: { onDone(): void }) {
  const { doc } = useBoardSession();
  const write = useWrite();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PartnerKind>('nhs_trust');
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const result = write(() => createPartner(doc, { name, kind }), { toast: false });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onDone();
  };

  return (
    <AddForm label="Add a partner organisation" submitLabel="Add organisation" onSubmit={submit} onCancel={onDone}>
      <Field label="Organisation name" error={error}>
        {(control) => <input {...control} value={name} maxLength={limits.name} autoFocus onChange={(event) => setName(event.target.value)} />}
      </Field>
      <PartnerKindField kind={kind} onChange={setKind} />
    </AddForm>
  );
}
