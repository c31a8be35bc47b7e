import { partnerKindLabel, partnerKinds, type PartnerKind } from '@partnerboard/board';
import { Field } from '../../components/Field';

/** Chooses what kind of organisation a partner is (NHS trust, local authority, ...). */
export function PartnerKindField({ kind, onChange }: { kind: PartnerKind; onChange(kind: PartnerKind): void }) {
  return (
    <Field label="Kind of organisation">
      {(control) => (
        <select {...control} value={kind} onChange={(event) => onChange(event.target.value as PartnerKind)}>
          {partnerKinds.map((value) => (
            <option key={value} value={value}>
              {partnerKindLabel[value]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
