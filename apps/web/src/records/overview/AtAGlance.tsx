import { goalStatuses, planAtAGlance, type Board } from '@partnerboard/board';
import { useCallback } from 'react';
import { Badge, StatusPill } from '../../components';
import { formatDate } from '../../components/dates';
import { useBoardSession } from '../../session/BoardSession';
import { sameFields, useBoard } from '../../session/useBoard';

const selectPurpose = (board: Board) => board.meta.purpose;
const selectReviewEvery = (board: Board) => board.meta.reviewEveryDays;

/** The shared purpose, the goals by status and the next review, read in a glance on a projector. */
export function AtAGlance() {
  const { today } = useBoardSession();
  const purpose = useBoard(selectPurpose);
  const reviewEveryDays = useBoard(selectReviewEvery);
  const glance = useBoard(
    useCallback((board: Board) => planAtAGlance(board, today), [today]),
    (a, b) =>
      sameFields(a.goalsByStatus, b.goalsByStatus) &&
      a.goals === b.goals &&
      a.nextReviewOn === b.nextReviewOn &&
      a.reviewOverdue === b.reviewOverdue &&
      a.consentInForce === b.consentInForce,
  );

  return (
    <section className="overview-card overview-glance" aria-labelledby="overview-purpose-heading">
      <div className="overview-glance__purpose">
        <h3 id="overview-purpose-heading" tabIndex={-1}>Shared purpose</h3>
        {purpose.trim() ? (
          <p className="overview-glance__purpose-text">{purpose}</p>
        ) : (
          <p className="empty-note">No shared purpose yet. The facilitator sets it with “Edit board” in the header.</p>
        )}
      </div>
      <div className="overview-glance__facts">
        <div>
          <h3>Goals</h3>
          {glance.goals === 0 ? (
            <p className="empty-note">No goals yet.</p>
          ) : (
            <ul className="overview-glance__counts" aria-label={`${glance.goals} ${glance.goals === 1 ? 'goal' : 'goals'} by status`}>
              {goalStatuses
                .filter((status) => glance.goalsByStatus[status] > 0)
                .map((status) => (
                  <li key={status}>
                    <span className="overview-glance__count">{glance.goalsByStatus[status]}</span> <StatusPill kind="goal" status={status} />
                  </li>
                ))}
            </ul>
          )}
        </div>
        <div>
          <h3>Next review</h3>
          {glance.nextReviewOn ? (
            <p className="overview-glance__review">
              <span className="overview-glance__date">{formatDate(glance.nextReviewOn, today)}</span>{' '}
              {glance.reviewOverdue ? <Badge tone="danger">Overdue: the review date has passed</Badge> : null}
            </p>
          ) : (
            <p className="empty-note">No review date set.</p>
          )}
          {reviewEveryDays ? <p className="overview-glance__rhythm">Reviewed every {reviewEveryDays === 1 ? 'day' : `${reviewEveryDays} days`}.</p> : null}
        </div>
        {glance.consentInForce > 0 ? (
          <p className="overview-glance__rhythm">
            Consent to share information: {glance.consentInForce} {glance.consentInForce === 1 ? 'record' : 'records'} in force.
          </p>
        ) : null}
      </div>
    </section>
  );
}
