import { updateMeta, type Board } from '@partnerboard/board';
import { useCallback } from 'react';
import { Badge } from '../../components';
import { DateField, TextField } from '../../detail/fields';
import { useBoardSession } from '../../session/BoardSession';
import { sameFields, useBoard } from '../../session/useBoard';
import { useWrite } from '../../session/write';
import { nextReviewWords } from './reviewDates';

const selectCadence = (board: Board) => ({ reviewEveryDays: board.meta.reviewEveryDays, nextReviewOn: board.meta.nextReviewOn });

/** How often the partnership reviews its plan and when the next review is; an overdue review says so in words. */
export function ReviewCadence() {
  const { doc, canEdit, today } = useBoardSession();
  const { reviewEveryDays, nextReviewOn } = useBoard(selectCadence, sameFields);
  const write = useWrite();
  const next = nextReviewWords(nextReviewOn, today);
  const commitCadence = useCallback(
    (text: string) => write(() => updateMeta(doc, { reviewEveryDays: text.trim() === '' ? null : Number(text) }), { toast: false }),
    [doc, write],
  );

  return (
    <section className={['review-cadence', next.overdue ? 'review-cadence--overdue' : ''].filter(Boolean).join(' ')} aria-labelledby="review-cadence-heading">
      <h3 id="review-cadence-heading">When the partnership reviews the plan</h3>
      <p className="review-cadence__next">
        {next.overdue ? <Badge tone="danger">Review overdue</Badge> : null} {next.text}
      </p>
      <p className="review-cadence__every">
        {reviewEveryDays === null ? 'No review rhythm is set.' : `Reviews are held every ${reviewEveryDays} ${reviewEveryDays === 1 ? 'day' : 'days'}.`}
      </p>
      {canEdit ? (
        <div className="review-cadence__fields">
          <TextField
            label="Review every (days)"
            hint="Holding a review moves the next review date on by this many days."
            value={reviewEveryDays === null ? '' : String(reviewEveryDays)}
            onCommit={commitCadence}
            maxLength={3}
          />
          <DateField label="Next review date" value={nextReviewOn} onCommit={(date) => write(() => updateMeta(doc, { nextReviewOn: date }), { toast: false })} />
        </div>
      ) : null}
    </section>
  );
}
