import { createPartner, limits, partnerKindLabel, partnerKinds, type PartnerKind } from '@partnerboard/board';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components';
import { useWrite } from '../../session/write';
import { useBoardSession } from '../../session/BoardSession';

/** Adds a partner organisation; it gets the next unused organisation colour. */
export function AddPartnerForm({ onDone }: { onDone(): void }) {
  const { doc } = useBoardSession();
  const write = useWrite();
  const ids = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PartnerKind>('nhs_trust');
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = write(() => createPartner(doc, { name, kind }), { toast: false });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onDone();
  };

  return (
    <form className="inline-form" onSubmit={submit} aria-label="Add a partner organisation">
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={`${ids}-name`}>
          Organisation name
        </label>
        <input
          id={`${ids}-name`}
          value={name}
          maxLength={limits.name}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        {error ? (
          <p className="field__error" id={`${ids}-error`} role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-kind`}>
          Kind of organisation
        </label>
        <select id={`${ids}-kind`} value={kind} onChange={(event) => setKind(event.target.value as PartnerKind)}>
          {partnerKinds.map((value) => (
            <option key={value} value={value}>
              {partnerKindLabel[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-form__buttons">
        <Button type="submit" variant="primary">
          Add organisation
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
