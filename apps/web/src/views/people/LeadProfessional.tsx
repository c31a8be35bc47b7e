import { updateMeta } from '@partnerboard/board';
import { useId } from 'react';
import { ChoiceField, choiceToId, idToChoice, optionalPersonChoices } from '../../detail/fields';
import { useWrite } from '../../session/write';
import { useBoardSession } from '../../session/BoardSession';
import { byId, selectLeadPersonId, selectPartners, selectPeople, useBoard } from '../../session/useBoard';

/** The lead professional: the single point of contact for the person or family, shown first and set here. */
export function LeadProfessional() {
  const { canEdit, doc } = useBoardSession();
  const people = useBoard(selectPeople);
  const partners = useBoard(selectPartners);
  const leadPersonId = useBoard(selectLeadPersonId);
  const write = useWrite();
  const headingId = useId();
  const lead = byId(people, leadPersonId);
  const partner = byId(partners, lead?.partnerId);

  return (
    <section className="lead-professional" aria-labelledby={headingId} style={partner ? { borderLeftColor: partner.colour } : undefined}>
      <div className="lead-professional__who">
        <h2 id={headingId}>Lead professional</h2>
        <p className="lead-professional__hint">The single point of contact for the person and family, across every organisation.</p>
        {lead ? (
          <div className="lead-professional__person">
            <p className="lead-professional__name">{lead.name}</p>
            <p>
              {lead.role ? `${lead.role}, ` : ''}
              {partner?.name ?? 'no organisation'}
            </p>
            {lead.contact ? <p>Contact: {lead.contact}</p> : null}
          </div>
        ) : (
          <p className="lead-professional__missing">
            <strong>No lead professional yet.</strong> {canEdit ? 'Choose one so that everyone knows who to contact.' : ''}
          </p>
        )}
      </div>
      {canEdit ? (
        <ChoiceField
          label="Choose the lead professional"
          value={idToChoice(leadPersonId)}
          choices={optionalPersonChoices({ partners, people }, 'No lead professional')}
          onCommit={(id) => write(() => updateMeta(doc, { leadPersonId: choiceToId(id) }), { toast: false })}
          className="lead-professional__choice"
        />
      ) : null}
    </section>
  );
}
