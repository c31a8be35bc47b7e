import { limits, updatePerson, type Person, type PersonPatch } from '@partnerboard/board';
import { ChoiceField, TextField } from '../../detail/fields';
import { useWrite } from '../../session/write';
import { useBoardSession } from '../../session/BoardSession';
import { selectPartners, useBoard } from '../../session/useBoard';

/** A person's name, role, contact and organisation, edited in place. */
export function PersonFields({ person }: { person: Person }) {
  const { doc } = useBoardSession();
  const partners = useBoard(selectPartners);
  const write = useWrite();
  const update = (patch: PersonPatch) => write(() => updatePerson(doc, person.id, patch), { toast: false });
  return (
    <div className="plan-fields">
      <TextField label="Name" value={person.name} maxLength={limits.name} onCommit={(name) => update({ name })} />
      <TextField label="Role (job title)" value={person.role} maxLength={limits.name} onCommit={(role) => update({ role })} />
      <TextField label="Contact (phone or email)" value={person.contact} maxLength={limits.shortText} onCommit={(contact) => update({ contact })} />
      <ChoiceField
        label="Organisation"
        hint="Moving someone to another organisation ends their role as its partner lead."
        value={person.partnerId}
        choices={[
          // Someone whose organisation is gone keeps a choice that says so, so that picking any organisation is a change.
          ...(partners.some((partner) => partner.id === person.partnerId) ? [] : [{ value: person.partnerId, label: 'Not on the board: choose one' }]),
          ...partners.map((partner) => ({ value: partner.id, label: partner.name })),
        ]}
        onCommit={(partnerId) => update({ partnerId })}
      />
    </div>
  );
}
