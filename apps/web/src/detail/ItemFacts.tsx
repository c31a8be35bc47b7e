import { priorityLabel, type Action, type Goal, type Id } from '@partnerboard/board';
import { OwnerChip, StatusPill } from '../components';
import { formatDate } from '../components/dates';
import { useBoardSession } from '../session/BoardSession';
import { byId, selectPartners, selectPeople, useBoard } from '../session/useBoard';
import { formatMoment } from './formatMoment';

function Owner({ personId, emptyLabel }: { personId: Id | null; emptyLabel: string }) {
  const person = byId(useBoard(selectPeople), personId);
  const partner = byId(useBoard(selectPartners), person?.partnerId);
  return <OwnerChip person={person} partner={partner} emptyLabel={emptyLabel} />;
}

function PeopleList({ ids }: { ids: readonly Id[] }) {
  if (ids.length === 0) return <>Nobody</>;
  return (
    <ul className="fact-list">
      {ids.map((id) => (
        <li key={id}>
          <Owner personId={id} emptyLabel="Someone no longer on the board" />
        </li>
      ))}
    </ul>
  );
}

/** A goal's fields as text, for viewers (no controls). */
export function GoalFacts({ goal }: { goal: Goal }) {
  const { today } = useBoardSession();
  const partners = useBoard(selectPartners).filter((partner) => goal.partnerIds.includes(partner.id));
  return (
    <dl className="facts">
      <dt>Status</dt>
      <dd>
        <StatusPill kind="goal" status={goal.status} />
      </dd>
      <dt>Accountable owner</dt>
      <dd>
        <Owner personId={goal.ownerId} emptyLabel="No owner yet" />
      </dd>
      <dt>Target date</dt>
      <dd>{goal.targetDate ? formatDate(goal.targetDate, today) : 'Not set'}</dd>
      <dt>Success measure</dt>
      <dd>{goal.successMeasure || 'Not written yet'}</dd>
      <dt>Contributing partners</dt>
      <dd>
        {partners.length === 0 ? (
          'None named yet'
        ) : (
          <ul className="fact-list">
            {partners.map((partner) => (
              <li key={partner.id}>
                <span className="colour-dot" aria-hidden="true" style={{ background: partner.colour }} />
                {partner.name}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}

/** An action's fields as text, for viewers (no controls). */
export function ActionFacts({ action }: { action: Action }) {
  const { today } = useBoardSession();
  return (
    <dl className="facts">
      <dt>Status</dt>
      <dd>
        <StatusPill kind="action" status={action.status} />
      </dd>
      <dt>Priority</dt>
      <dd>{priorityLabel[action.priority]}</dd>
      <dt>Accountable owner</dt>
      <dd>
        <Owner personId={action.ownerId} emptyLabel="No accountable owner yet" />
      </dd>
      <dt>Due date</dt>
      <dd>{action.dueDate ? formatDate(action.dueDate, today) : 'Not set'}</dd>
      <dt>Responsible</dt>
      <dd>
        <PeopleList ids={action.responsibleIds} />
      </dd>
      <dt>Consulted</dt>
      <dd>
        <PeopleList ids={action.consultedIds} />
      </dd>
      <dt>Informed</dt>
      <dd>
        <PeopleList ids={action.informedIds} />
      </dd>
    </dl>
  );
}

/** When an item was made and by whom, and for an action when it was done. */
export function Provenance({ item }: { item: Goal | Action }) {
  const by = item.createdBy ? ` by ${item.createdBy.name}${item.createdBy.partnerName ? ` (${item.createdBy.partnerName})` : ''}` : '';
  return (
    <p className="provenance">
      Added {item.createdAt ? <time dateTime={item.createdAt}>{formatMoment(item.createdAt)}</time> : 'at an unknown time'}
      {by}.
      {'completedAt' in item && item.completedAt ? (
        <>
          {' '}
          Done <time dateTime={item.completedAt}>{formatMoment(item.completedAt)}</time>.
        </>
      ) : null}
    </p>
  );
}
