import { useId, useMemo } from 'react';
import { selectLeadPersonId, selectPartners, useBoard } from '../../session/useBoard';
import { PersonRow } from './PartnerCard';
import type { ShownPeople } from './shownPeople';

/**
 * People whose organisation is not on the board (it was removed while someone added them, or an old
 * board holds a broken reference): listed on their own, so that someone can edit them into an
 * organisation or remove them, instead of their vanishing from every organisation card.
 */
export function UnplacedPeople({ shown }: { shown: ShownPeople }) {
  const partners = useBoard(selectPartners);
  const leadPersonId = useBoard(selectLeadPersonId);
  const headingId = useId();
  const unplaced = useMemo(() => {
    const partnerIds = new Set(partners.map((partner) => partner.id));
    return shown.people.filter((person) => !partnerIds.has(person.partnerId));
  }, [partners, shown.people]);
  if (unplaced.length === 0) return null;
  return (
    <article className="partner-card partner-card--unplaced" aria-labelledby={headingId}>
      <h3 id={headingId} className="partner-card__name" tabIndex={-1}>
        Not in any organisation on the board
      </h3>
      <p>Their organisation is no longer on the board. Edit each to choose their organisation, or remove them.</p>
      <ul className="people-list" aria-label="People not in any organisation on the board">
        {unplaced.map((person) => (
          <PersonRow key={person.id} person={person} isLead={false} isLeadProfessional={person.id === leadPersonId} />
        ))}
      </ul>
    </article>
  );
}
