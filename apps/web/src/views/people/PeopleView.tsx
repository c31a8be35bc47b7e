import type { Board } from '@partnerboard/board';
import { useCallback, useRef, useState } from 'react';
import { Button } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { selectPartners, selectPeople, useBoard } from '../../session/useBoard';
import { useUi } from '../../state/ui';
import { AddPartnerForm } from './AddPartnerForm';
import { LeadProfessional } from './LeadProfessional';
import { PartnerCard } from './PartnerCard';
import { ResponsibilityMatrix } from './ResponsibilityMatrix';
import { sameShownPeople, shownPeople } from './shownPeople';
import { UnplacedPeople } from './UnplacedPeople';
import { Workload } from './Workload';
import '../../detail/plan.css';
import './people.css';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The partnership: its lead professional, organisations and people, who is responsible for what, and the load each carries. */
export function PeopleView() {
  const { canEdit } = useBoardSession();
  const filters = useUi((state) => state.filters);
  const partners = useBoard(selectPartners);
  const people = useBoard(selectPeople);
  const shown = useBoard(
    useCallback((board: Board) => shownPeople(board, filters), [filters]),
    sameShownPeople,
  );
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  return (
    <div className="people-view">
      <nav className="people-view__contents" aria-label="On this page">
        <a href="#partners-heading">Organisations and people</a>
        <a href="#raci-heading">Responsibility matrix</a>
        <a href="#workload-heading">Workload</a>
      </nav>
      <LeadProfessional />
      <section className="people-section" aria-labelledby="partners-heading">
        <header className="view-heading">
          <div>
            <h2 id="partners-heading" tabIndex={-1}>
              Organisations and people
            </h2>
            <p className="view-heading__summary" aria-live="polite">
              {shown.filtering
                ? `Showing ${shown.partners.length} of ${count(partners.length, 'organisation', 'organisations')} and ${shown.people.length} of ${count(people.length, 'person', 'people')} that match the filters.`
                : `${count(partners.length, 'organisation', 'organisations')}, ${count(people.length, 'person', 'people')}.`}
            </p>
          </div>
          {canEdit && !adding ? (
            <Button ref={addButton} variant="primary" onClick={() => setAdding(true)}>
              Add an organisation
            </Button>
          ) : null}
        </header>
        {canEdit && adding ? (
          <AddPartnerForm
            onDone={() => {
              setAdding(false);
              requestAnimationFrame(() => addButton.current?.focus());
            }}
          />
        ) : null}
        {partners.length === 0 ? (
          <p className="empty-note">No partner organisations yet.</p>
        ) : shown.partners.length === 0 ? (
          <p className="empty-note">No organisations or people match the filters.</p>
        ) : (
          <div className="partner-grid">
            {shown.partners.map((partner) => (
              <PartnerCard key={partner.id} partner={partner} shown={shown} />
            ))}
          </div>
        )}
        <UnplacedPeople shown={shown} />
      </section>
      <ResponsibilityMatrix shown={shown} />
      <Workload shown={shown} />
    </div>
  );
}
