import type { Partner } from '@partnerboard/board';

/** Partner organisations by name, each with its colour, or what to say when there are none. */
export function PartnerNames({ partners, empty }: { partners: readonly Partner[]; empty: string }) {
  if (partners.length === 0) return <>{empty}</>;
  return (
    <ul className="plain-list partner-list">
      {partners.map((partner) => (
        <li key={partner.id} className="partner-list__item">
          <span className="colour-dot" aria-hidden="true" style={{ background: partner.colour }} />
          {partner.name}
        </li>
      ))}
    </ul>
  );
}
