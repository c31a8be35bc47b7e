import type { Board, Id } from '@partnerboard/board';
import { useRef, useState } from 'react';
import { Button, ViewHeading } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { useBoard } from '../../session/useBoard';
import { CompareSnapshots } from './CompareSnapshots';
import type { Comparison } from './ComparisonReport';
import { HoldReviewDialog } from './HoldReviewDialog';
import { ReviewCadence } from './ReviewCadence';
import { ReviewCard } from './ReviewCard';
import { SnapshotDialog } from './SnapshotDialog';
import { useSnapshots } from './useSnapshots';
import '../../detail/plan.css';
import '../records.css';
import './reviews.css';

const selectReviews = (board: Board) => board.reviews;

/** The partnership's reviews: the rhythm and next date, each review held (newest first), and what changed between snapshots. */
export function ReviewsView() {
  const { boardId, canEdit } = useBoardSession();
  const reviews = useBoard(selectReviews);
  const snapshotIds = reviews.map((review) => review.snapshotId ?? '').join(' ');
  const snapshots = useSnapshots(boardId, snapshotIds);
  const [holding, setHolding] = useState(false);
  const [justHeld, setJustHeld] = useState<Id | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [focusReport, setFocusReport] = useState(0);
  const holdButton = useRef<HTMLButtonElement>(null);
  const newestFirst = [...reviews].reverse();

  return (
    <section className="reviews-view" aria-labelledby="reviews-heading">
      <ViewHeading
        id="reviews-heading"
        title="Reviews"
        summary={
          <>
            {reviews.length === 0 ? 'No reviews held yet.' : `${reviews.length} ${reviews.length === 1 ? 'review' : 'reviews'} held, newest first.`}
          </>
        }
        action={
          canEdit ? (
            <Button ref={holdButton} variant="primary" onClick={() => setHolding(true)}>
              Hold a review
            </Button>
          ) : null
        }
      />
      <ReviewCadence />
      {snapshots.error ? (
        <p className="reviews-view__problem" role="alert">
          The review snapshots could not be read: {snapshots.error}{' '}
          <Button size="small" onClick={snapshots.refresh}>
            Try again
          </Button>
        </p>
      ) : null}
      {newestFirst.length === 0 ? (
        <p className="empty-note">
          {canEdit ? 'When the partnership meets to review the plan, hold a review here: it keeps a copy of the board to compare with later.' : 'The partnership has not held a review yet.'}
        </p>
      ) : (
        <ol className="plain-list review-list" aria-label="Reviews held">
          {newestFirst.map((review) => (
            <li key={review.id}>
              <ReviewCard
                review={review}
                snapshot={snapshots.list.find((s) => s.id === review.snapshotId)}
                startEditing={review.id === justHeld}
                onOpenSnapshot={setOpened}
                onCompareWithNow={(snapshotId) => {
                  setComparison({ from: snapshotId, to: 'now' });
                  setFocusReport((n) => n + 1);
                }}
              />
            </li>
          ))}
        </ol>
      )}
      <CompareSnapshots snapshots={snapshots.list} shown={comparison} onCompare={setComparison} focusKey={focusReport} />
      {holding ? (
        <HoldReviewDialog
          onClose={() => setHolding(false)}
          onHeld={(id) => {
            setHolding(false);
            setJustHeld(id);
            snapshots.refresh();
          }}
        />
      ) : null}
      {opened ? <SnapshotDialog snapshotId={opened} onClose={() => setOpened(null)} /> : null}
    </section>
  );
}
