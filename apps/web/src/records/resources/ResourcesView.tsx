import { commitmentsByGoal, commitmentsByPartner } from '@partnerboard/board';
import { useId, useMemo, useRef, useState } from 'react';
import { Button, ViewHeading } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { useBoard, wholeBoard } from '../../session/useBoard';
import { AddCommitmentForm } from './AddCommitmentForm';
import { CommitmentItem } from './CommitmentItem';
import { ResourceShares } from './ResourceShares';
import '../../detail/plan.css';
import './resources.css';

type Grouping = 'partner' | 'goal';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function PartnerSections() {
  const board = useBoard(wholeBoard);
  const sections = useMemo(() => commitmentsByPartner(board), [board]);
  return (
    <div className="commitment-groups">
      {sections.map(({ partner, commitments, live, delivered }) => (
        <section key={partner.id} className="commitment-group" aria-labelledby={`commitments-${partner.id}`} style={{ borderLeftColor: partner.colour }}>
          <h4 id={`commitments-${partner.id}`} tabIndex={-1}>
            <span className="colour-dot" aria-hidden="true" style={{ background: partner.colour }} />
            {partner.name}
          </h4>
          <p className="commitment-group__summary">{live === 0 ? 'Nothing pledged yet.' : `${count(live, 'commitment', 'commitments')}, ${delivered} delivered.`}</p>
          {commitments.length > 0 ? (
            <ul className="plain-list commitment-list" aria-label={`Commitments from ${partner.name}`}>
              {commitments.map((commitment) => (
                <CommitmentItem key={commitment.id} commitment={commitment} show="goal" />
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </div>
  );
}

function GoalSections() {
  const board = useBoard(wholeBoard);
  const sections = useMemo(() => commitmentsByGoal(board), [board]);
  const partners = new Map(board.partners.map((partner) => [partner.id, partner.name]));
  return (
    <div className="commitment-groups">
      {sections.map(({ goal, commitments, partnerIds }) => {
        const title = goal ? goal.title : 'The plan as a whole';
        const id = `commitments-${goal?.id ?? 'plan'}`;
        if (!goal && commitments.length === 0) return null;
        return (
          <section key={id} className="commitment-group commitment-group--goal" aria-labelledby={id}>
            <h4 id={id} tabIndex={-1}>
              {title}
            </h4>
            <p className="commitment-group__summary">
              {partnerIds.length === 0
                ? 'No organisation has pledged anything towards this yet.'
                : partnerIds.length === 1
                  ? `Only ${partners.get(partnerIds[0] ?? '') ?? 'one organisation'} puts anything in.`
                  : `Shared by ${partnerIds.length} organisations.`}
            </p>
            {commitments.length > 0 ? (
              <ul className="plain-list commitment-list" aria-label={`Commitments towards ${title}`}>
                {commitments.map((commitment) => (
                  <CommitmentItem key={commitment.id} commitment={commitment} show="partner" />
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

/** What each partner puts in (staff time, funding, facilities, expertise) against the goals, pledged and delivered. */
export function ResourcesView() {
  const { canEdit } = useBoardSession();
  const commitments = useBoard((board) => board.commitments);
  const partnerCount = useBoard((board) => board.partners.length);
  const [grouping, setGrouping] = useState<Grouping>('partner');
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const ids = useId();
  const from = new Set(commitments.map((c) => c.partnerId)).size;

  return (
    <section className="resources-view" aria-labelledby="resources-heading">
      <ViewHeading
        id="resources-heading"
        title="Commitments and resources"
        summary={
          <>
            What each organisation puts in (staff time, funding, facilities, expertise) towards the shared goals: pledged, then delivered.{' '}
            {commitments.length === 0 ? '' : `${count(commitments.length, 'commitment', 'commitments')} from ${from} of ${count(partnerCount, 'organisation', 'organisations')}.`}
          </>
        }
        action={
          canEdit && !adding ? (
            <Button ref={addButton} variant="primary" onClick={() => setAdding(true)} disabled={partnerCount === 0}>
              Add a commitment
            </Button>
          ) : null
        }
      />
      {canEdit && partnerCount === 0 ? <p className="empty-note">Add the partner organisations first (People and partners).</p> : null}
      {canEdit && adding ? (
        <AddCommitmentForm
          onDone={() => {
            setAdding(false);
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      ) : null}
      <ResourceShares />
      <section className="resources-section" aria-labelledby={`${ids}-list`}>
        <div className="commitments__heading">
          <h3 id={`${ids}-list`}>Commitments</h3>
          <fieldset className="resources-toggle">
            <legend className="resources-toggle__legend">Show by</legend>
            {(
              [
                ['partner', 'Organisation'],
                ['goal', 'Goal'],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="resources-toggle__option">
                <input type="radio" name={`${ids}-grouping`} value={value} checked={grouping === value} onChange={() => setGrouping(value)} />
                {label}
              </label>
            ))}
          </fieldset>
        </div>
        {grouping === 'partner' ? <PartnerSections /> : <GoalSections />}
      </section>
    </section>
  );
}

