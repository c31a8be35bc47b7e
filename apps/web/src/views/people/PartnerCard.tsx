import { partnerKindLabel, type Board, type Partner, type Person } from '@partnerboard/board';
import { memo, useCallback, useId, useState } from 'react';
import { Badge, Button } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { sameItems, selectLeadPersonId, useBoard } from '../../session/useBoard';
import { AddPersonForm } from './AddPersonForm';
import { DeletePartnerDialog } from './DeletePartnerDialog';
import { DeletePersonDialog } from './DeletePersonDialog';
import { PartnerFields } from './PartnerFields';
import { PersonFields } from './PersonFields';
import type { ShownPeople } from './shownPeople';

/** One person of an organisation, with their edit and remove buttons for those who can edit. */
export const PersonRow = memo(function PersonRow({ person, isLead, isLeadProfessional }: { person: Person; isLead: boolean; isLeadProfessional: boolean }) {
  const { canEdit } = useBoardSession();
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  return (
    <li className="person" data-list-item={person.id}>
      <div className="person__summary">
        <div className="person__who">
          <p className="person__name">
            {person.name}
            {isLeadProfessional ? <Badge tone="info">Lead professional</Badge> : null}
            {isLead ? <Badge tone="neutral">Partner lead</Badge> : null}
          </p>
          <p className="person__role">{person.role || 'Role not given'}</p>
          {person.contact ? <p className="person__contact">{person.contact}</p> : null}
        </div>
        {canEdit ? (
          <div className="person__buttons">
            <Button size="small" aria-expanded={editing} aria-label={`${editing ? 'Done editing' : 'Edit'} ${person.name}`} onClick={() => setEditing(!editing)}>
              {editing ? 'Done' : 'Edit'}
            </Button>
            <Button size="small" variant="ghost" aria-label={`Remove ${person.name}`} onClick={() => setRemoving(true)}>
              Remove
            </Button>
          </div>
        ) : null}
      </div>
      {editing ? <PersonFields person={person} /> : null}
      {removing ? <DeletePersonDialog person={person} onClose={() => setRemoving(false)} /> : null}
    </li>
  );
});

/** A partner organisation with its colour, kind, lead and people (those the filters leave shown); memoised, as the view re-renders for any organisation's change. */
export const PartnerCard = memo(function PartnerCard({ partner, shown }: { partner: Partner; shown: ShownPeople }) {
  const { canEdit } = useBoardSession();
  const everyone = useBoard(
    useCallback((board: Board) => board.people.filter((person) => person.partnerId === partner.id), [partner.id]),
    sameItems,
  );
  const leadPersonId = useBoard(selectLeadPersonId);
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState(false);
  const members = everyone.filter((person) => shown.personIds.has(person.id));
  const lead = partner.leadPersonId ? everyone.find((person) => person.id === partner.leadPersonId) : undefined;

  return (
    <article className="partner-card" aria-labelledby={headingId} data-list-item={partner.id} style={{ borderLeftColor: partner.colour }}>
      <header className="partner-card__header">
        <div>
          <h3 id={headingId} className="partner-card__name" tabIndex={-1}>
            <span className="colour-dot colour-dot--large" aria-hidden="true" style={{ background: partner.colour }} />
            {partner.name}
          </h3>
          <p className="partner-card__kind">{partnerKindLabel[partner.kind]}</p>
          <p className="partner-card__lead">Partner lead: {lead ? lead.name : 'not named yet'}</p>
        </div>
        {canEdit ? (
          <Button size="small" aria-expanded={editing} aria-label={`${editing ? 'Done editing' : 'Edit'} ${partner.name}`} onClick={() => setEditing(!editing)}>
            {editing ? 'Done' : 'Edit'}
          </Button>
        ) : null}
      </header>
      {editing ? (
        <div className="partner-card__editor">
          <PartnerFields partner={partner} />
          <Button variant="danger" size="small" onClick={() => setRemoving(true)}>
            Remove organisation
          </Button>
        </div>
      ) : null}
      <h4 className="partner-card__people-heading">
        People ({members.length === everyone.length ? everyone.length : `${members.length} of ${everyone.length}`})
      </h4>
      {everyone.length === 0 ? (
        <p className="empty-note">Nobody from {partner.name} yet.</p>
      ) : members.length === 0 ? (
        <p className="empty-note">Nobody from {partner.name} matches the filters.</p>
      ) : (
        <ul className="people-list" aria-label={`People from ${partner.name}`}>
          {members.map((person) => (
            <PersonRow
              key={person.id}
              person={person}
              isLead={person.id === partner.leadPersonId}
              isLeadProfessional={person.id === leadPersonId}
            />
          ))}
        </ul>
      )}
      {canEdit ? (
        adding ? (
          <AddPersonForm partner={partner} onDone={() => setAdding(false)} />
        ) : (
          <Button size="small" onClick={() => setAdding(true)} aria-label={`Add a person to ${partner.name}`}>
            Add a person
          </Button>
        )
      ) : null}
      {removing ? <DeletePartnerDialog partner={partner} onClose={() => setRemoving(false)} /> : null}
    </article>
  );
});
