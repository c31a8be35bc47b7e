import type { ActionStatus, GoalStatus, StatusChange } from '@partnerboard/board';
import { useId } from 'react';
import { StatusPill } from '../components';
import { formatMoment } from './formatMoment';
import { ProofTag, useAuthor } from './WrittenBy';

interface StatusHistoryProps {
  kind: 'goal' | 'action';
  history: readonly StatusChange<GoalStatus | ActionStatus>[];
}

/** Every status an item has had, newest first, with who changed it and when: progress made reviewable. */
export function StatusHistory(props: StatusHistoryProps) {
  const headingId = useId();
  const entries = props.history.map((change, index) => ({ change, index })).reverse();
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Status history</h3>
      {entries.length === 0 ? (
        <p className="empty-note">No status changes recorded.</p>
      ) : (
        <ol className="status-history">
          {entries.map(({ change, index }) => (
            <li key={index} className="status-history__entry">
              {props.kind === 'goal' ? (
                <StatusPill kind="goal" status={change.status as GoalStatus} />
              ) : (
                <StatusPill kind="action" status={change.status as ActionStatus} />
              )}
              <span>
                {index === 0 ? 'Set' : 'Changed'} <time dateTime={change.at}>{formatMoment(change.at)}</time>
                <ChangedBy change={change} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Who made a status change, as the server bound it (`by` is only what their client wrote). */
function ChangedBy({ change }: { change: StatusChange<GoalStatus | ActionStatus> }) {
  const author = useAuthor(change.writer, change.by && { name: change.by.name, organisation: change.by.partnerName ?? '' });
  if (!author) return null;
  return (
    <>
      {` by ${author.name}${author.organisation ? ` (${author.organisation})` : ''} `}
      <ProofTag verified={author.verified} />
    </>
  );
}
