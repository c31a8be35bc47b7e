import { contributions, isoDateOf, type Delivered, type Partner } from '@partnerboard/board';
import { useMemo } from 'react';
import { ViewHeading } from '../../components';
import { formatDate } from '../../components/dates';
import { useBoardSession } from '../../session/BoardSession';
import { useBoard, wholeBoard } from '../../session/useBoard';
import { useUi } from '../../state/ui';
import '../../detail/plan.css';
import './contributions.css';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "1 goal achieved and 4 actions completed", leaving out what is none. */
function deliveredWords(items: readonly Delivered[]): string {
  const goals = items.filter((item) => item.kind === 'goal').length;
  const actions = items.length - goals;
  return [goals > 0 ? `${count(goals, 'goal', 'goals')} achieved` : '', actions > 0 ? `${count(actions, 'action', 'actions')} completed` : ''].filter(Boolean).join(' and ');
}

function DeliveredList({ items, label }: { items: readonly Delivered[]; label: string }) {
  const { today } = useBoardSession();
  const openDetail = useUi((state) => state.openDetail);
  return (
    <ul className="plain-list delivered-list" aria-label={label}>
      {items.map((item) => (
        <li key={`${item.kind}-${item.id}`} className={`delivered delivered--${item.kind}`}>
          <span className="delivered__kind">{item.kind === 'goal' ? 'Goal achieved' : 'Action completed'}</span>
          <button type="button" className="link-button delivered__title" onClick={() => openDetail(item.kind, item.id)}>
            {item.title}
          </button>
          {item.on ? <span className="delivered__on">{formatDate(isoDateOf(new Date(item.on)), today)}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function PartnerContributionCard({ partner, delivered, people }: { partner: Partner; delivered: readonly Delivered[]; people: readonly { name: string; role: string; id: string; delivered: readonly Delivered[] }[] }) {
  const viaPeople = new Set(people.flatMap((person) => person.delivered.map((item) => item.id)));
  const asOrganisation = delivered.filter((item) => !viaPeople.has(item.id));
  const headingId = `contribution-${partner.id}`;
  return (
    <article className="contribution-card" aria-labelledby={headingId} style={{ borderLeftColor: partner.colour }}>
      <h3 id={headingId} className="contribution-card__name">
        <span className="colour-dot colour-dot--large" aria-hidden="true" style={{ background: partner.colour }} />
        {partner.name}
      </h3>
      <p className="contribution-card__summary">{deliveredWords(delivered)}.</p>
      {people.map((person) => (
        <section key={person.id} className="contribution-person" aria-label={person.name}>
          <h4 className="contribution-person__name">
            {person.name}
            {person.role ? <span className="contribution-person__role">{person.role}</span> : null}
          </h4>
          <DeliveredList items={person.delivered} label={`Delivered by ${person.name}`} />
        </section>
      ))}
      {asOrganisation.length > 0 ? (
        <section className="contribution-person" aria-label={`${partner.name} as an organisation`}>
          <h4 className="contribution-person__name">As a contributing organisation</h4>
          <DeliveredList items={asOrganisation} label={`Contributed to by ${partner.name}`} />
        </section>
      ) : null}
    </article>
  );
}

/** Achieved goals and completed actions credited to the people and organisations that delivered them, so the partnership can acknowledge them. */
export function ContributionsView() {
  const board = useBoard(wholeBoard);
  const result = useMemo(() => contributions(board), [board]);
  const partners = new Map(board.partners.map((partner) => [partner.id, partner]));
  const people = new Map(board.people.map((person) => [person.id, person]));
  const nothing = result.goalsAchieved === 0 && result.actionsCompleted === 0;

  return (
    <section className="contributions-view" aria-labelledby="contributions-heading">
      <ViewHeading
        id="contributions-heading"
        title="Contributions"
        summary={
          <>
            {nothing
              ? 'Nothing delivered yet. Achieved goals and completed actions are credited here to the people and organisations that delivered them.'
              : `${[result.goalsAchieved > 0 ? `${count(result.goalsAchieved, 'goal', 'goals')} achieved` : '', result.actionsCompleted > 0 ? `${count(result.actionsCompleted, 'action', 'actions')} completed` : ''].filter(Boolean).join(' and ')}, credited to the accountable owner, the people responsible and their organisations.`}
          </>
        }
      />
      {result.partners.length > 0 ? (
        <div className="contribution-grid">
          {result.partners.map((entry) => {
            const partner = partners.get(entry.partnerId);
            if (!partner) return null;
            return (
              <PartnerContributionCard
                key={entry.partnerId}
                partner={partner}
                delivered={entry.delivered}
                people={entry.people.map((p) => ({ id: p.personId, name: people.get(p.personId)?.name ?? '', role: people.get(p.personId)?.role ?? '', delivered: p.delivered }))}
              />
            );
          })}
        </div>
      ) : null}
      {result.uncredited.length > 0 ? (
        <section className="contribution-uncredited" aria-labelledby="uncredited-heading">
          <h3 id="uncredited-heading">Delivered with no one named</h3>
          <p>Name who delivered these (their accountable owner) so the partnership can thank them.</p>
          <DeliveredList items={result.uncredited} label="Delivered with no one named" />
        </section>
      ) : null}
    </section>
  );
}
