export interface OwnerChipProps {
  person: { name: string } | null | undefined;
  /** The person's organisation: its colour is a dot, its name is always written out. */
  partner: { name: string; colour: string } | null | undefined;
  /** Shown when there is no person, e.g. "No owner". */
  emptyLabel?: string;
  /** Text before the name for screen readers, e.g. "Owner:". */
  srPrefix?: string;
}

/** A person with their organisation: "● Jo Bloggs · City Council". */
export function OwnerChip({ person, partner, emptyLabel = 'No owner', srPrefix }: OwnerChipProps) {
  if (!person) {
    return (
      <span className="owner-chip owner-chip--empty">
        {srPrefix ? <span className="visually-hidden">{srPrefix} </span> : null}
        {emptyLabel}
      </span>
    );
  }
  return (
    <span className="owner-chip">
      {srPrefix ? <span className="visually-hidden">{srPrefix} </span> : null}
      <span className="owner-chip__dot" aria-hidden="true" style={{ background: partner?.colour ?? '#64748b' }} />
      <span className="owner-chip__name">{person.name}</span>
      {partner ? <span className="owner-chip__organisation">{partner.name}</span> : null}
    </span>
  );
}
