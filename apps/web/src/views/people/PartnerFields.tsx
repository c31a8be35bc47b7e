import { limits, partnerKindLabel, partnerKinds, updatePartner, type Partner, type PartnerKind, type PartnerPatch } from '@partnerboard/board';
import { useId, useState } from 'react';
import { useDraft } from '../../components/useDraft';
import { ChoiceField, choiceToId, idToChoice, TextField } from '../../detail/fields';
import { useWrite } from '../../session/write';
import { useBoardSession } from '../../session/BoardSession';
import { selectPeople, useBoard } from '../../session/useBoard';

const kindChoices = partnerKinds.map((kind) => ({ value: kind, label: partnerKindLabel[kind] }));

/** A partner organisation's name, kind, colour and lead, edited in place. */
export function PartnerFields({ partner }: { partner: Partner }) {
  const { doc } = useBoardSession();
  const people = useBoard(selectPeople);
  const write = useWrite();
  const colourId = useId();
  const [colour, setColour] = useDraft(partner.colour);
  const [colourError, setColourError] = useState<string | null>(null);
  const update = (patch: PartnerPatch) => write(() => updatePartner(doc, partner.id, patch), { toast: false });
  const members = people
    .filter((person) => person.partnerId === partner.id)
    .map((person) => ({ value: person.id, label: person.name }));

  return (
    <div className="plan-fields">
      <TextField label="Organisation name" value={partner.name} maxLength={limits.name} onCommit={(name) => update({ name })} />
      <ChoiceField label="Kind of organisation" value={partner.kind} choices={kindChoices} onCommit={(kind) => update({ kind: kind as PartnerKind })} />
      <div className={colourError ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={colourId}>
          Organisation colour
        </label>
        {/* The picker fires while the pointer moves; save once, when I leave it. */}
        <input
          id={colourId}
          type="color"
          className="colour-input"
          value={colour}
          onChange={(event) => setColour(event.target.value)}
          onBlur={() => {
            if (colour.toLowerCase() === partner.colour.toLowerCase()) return;
            const result = update({ colour });
            setColourError(result.ok ? null : result.error.message);
          }}
        />
        {colourError ? (
          <p className="field__error" role="alert">
            {colourError}
          </p>
        ) : null}
      </div>
      <ChoiceField
        label="Partner lead"
        hint="Who speaks for this organisation in the partnership."
        value={idToChoice(partner.leadPersonId)}
        choices={[{ value: '', label: 'Not named yet' }, ...members]}
        onCommit={(id) => update({ leadPersonId: choiceToId(id) })}
      />
    </div>
  );
}
