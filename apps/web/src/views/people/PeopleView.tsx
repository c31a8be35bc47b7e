import { useRef, useState } from 'react';
import { Button } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { AddPartnerForm } from './AddPartnerForm';
import { LeadProfessional } from './LeadProfessional';
import { PartnerCard } from './PartnerCard';
import { ResponsibilityMatrix } from './ResponsibilityMatrix';
import { Workload } from './Workload';
import '../../detail/plan.css';
import './people.css';

/** The partnership: its lead professional, organisations and people, who is responsible for what, and the load each carries. */
export function PeopleView() {
  const { board, canEdit } = useBoardSession();
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
            <h2 id="partners-heading">Organisations and people</h2>
            <p className="view-heading__summary">
              {board.partners.length} {board.partners.length === 1 ? 'organisation' : 'organisations'}, {board.people.length}{' '}
              {board.people.length === 1 ? 'person' : 'people'}.
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
        {board.partners.length === 0 ? (
          <p className="empty-note">No partner organisations yet.</p>
        ) : (
          <div className="partner-grid">
            {board.partners.map((partner) => (
              <PartnerCard key={partner.id} partner={partner} />
            ))}
          </div>
        )}
      </section>
      <ResponsibilityMatrix />
      <Workload />
    </div>
  );
}
