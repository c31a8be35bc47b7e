import {
  attendanceKinds,
  attendanceLabel,
  reviewVerdictLabel,
  reviewVerdicts,
  setAttendance,
  setVerdict,
  updateReview,
  type Attendance,
  type Review,
  type ReviewVerdict,
} from '@partnerboard/board';
import type { SnapshotSummary } from '@partnerboard/protocol';
import { useId, useState } from 'react';
import { Button } from '../../components';
import { formatDate } from '../../components/dates';
import { ChoiceField, DateField, TextField } from '../../detail/fields';
import { formatMoment } from '../../detail/formatMoment';
import { useBoardSession } from '../../session/BoardSession';
import { byId, selectGoals, selectPartners, selectPeople, useBoard } from '../../session/useBoard';
import { RecordFact } from '../RecordCard';
import { useWrite } from '../../session/write';

interface ReviewCardProps {
  review: Review;
  /** The snapshot kept with the review, once the server has listed it. */
  snapshot: SnapshotSummary | undefined;
  /** Open for editing at first (a review just held). */
  startEditing: boolean;
  onOpenSnapshot(snapshotId: string): void;
  onCompareWithNow(snapshotId: string): void;
}

const attendanceOrder: readonly Attendance[] = ['attended', 'sent_advice', 'apologies', 'invited'];

/** One review: when it was held, who was invited, attended or sent advice, a verdict per goal, notes, and its snapshot. */
export function ReviewCard({ review, snapshot, startEditing, onOpenSnapshot, onCompareWithNow }: ReviewCardProps) {
  const { canEdit, doc, today } = useBoardSession();
  const goals = useBoard(selectGoals);
  const people = useBoard(selectPeople);
  const partners = useBoard(selectPartners);
  const write = useWrite();
  const [editing, setEditing] = useState(startEditing && canEdit);
  const titleId = useId();
  const title = `Review held on ${formatDate(review.heldOn, today)}`;
  const goalsWithVerdict = goals.filter((goal) => review.verdicts[goal.id] !== undefined);
  // Everyone on the board, then anyone recorded who has since left it.
  const attendeeRows = [
    ...people.map((person) => ({ personId: person.id, name: person.name, organisation: byId(partners, person.partnerId)?.name ?? '' })),
    ...review.attendees.filter((a) => !byId(people, a.personId)).map(({ personId, name, organisation }) => ({ personId, name, organisation })),
  ];

  return (
    <article className="review-card" aria-labelledby={titleId}>
      <div className="review-card__top">
        <h3 id={titleId} className="review-card__title">
          {title}
        </h3>
        {canEdit ? (
          <Button size="small" onClick={() => setEditing(!editing)} aria-expanded={editing} aria-label={`${editing ? 'Done editing' : 'Edit'} ${title}`}>
            {editing ? 'Done' : 'Edit'}
          </Button>
        ) : null}
      </div>
      <p className="review-card__snapshot">
        {review.snapshotId === null
          ? 'No snapshot of the board was kept with this review.'
          : snapshot
            ? `Snapshot of the board taken by ${snapshot.takenBy} on ${formatMoment(snapshot.takenAt)}.`
            : 'A snapshot of the board was kept with this review.'}
      </p>
      {review.snapshotId !== null ? (
        <div className="review-card__buttons">
          <Button size="small" onClick={() => onOpenSnapshot(review.snapshotId ?? '')} aria-label={`See the board as it was: ${title}`}>
            See the board as it was
          </Button>
          <Button size="small" onClick={() => onCompareWithNow(review.snapshotId ?? '')} aria-label={`Compare with now: ${title}`}>
            Compare with now
          </Button>
        </div>
      ) : null}

      {editing ? (
        <div className="review-card__editor">
          <DateField label="Date held" value={review.heldOn} onCommit={(date) => write(() => updateReview(doc, review.id, { heldOn: date ?? '' }), { toast: false })} />
          <fieldset className="review-card__group">
            <legend>Who was invited, attended or sent advice</legend>
            {attendeeRows.length === 0 ? <p>Add people to the board to record who came.</p> : null}
            <div className="review-card__choices">
              {attendeeRows.map((row) => (
                <ChoiceField
                  key={row.personId}
                  label={row.organisation ? `${row.name} (${row.organisation})` : row.name}
                  value={review.attendees.find((a) => a.personId === row.personId)?.attendance ?? ''}
                  choices={[{ value: '', label: 'Not involved' }, ...attendanceKinds.map((kind) => ({ value: kind, label: attendanceLabel[kind] }))]}
                  onCommit={(value) => write(() => setAttendance(doc, review.id, row.personId, value === '' ? null : (value as Attendance)))}
                />
              ))}
            </div>
          </fieldset>
          <fieldset className="review-card__group">
            <legend>Verdict on each goal</legend>
            {goals.length === 0 ? <p>The board has no goals yet.</p> : null}
            <div className="review-card__choices">
              {goals.map((goal) => (
                <ChoiceField
                  key={goal.id}
                  label={goal.title}
                  value={review.verdicts[goal.id] ?? ''}
                  choices={[{ value: '', label: 'No verdict yet' }, ...reviewVerdicts.map((verdict) => ({ value: verdict, label: reviewVerdictLabel[verdict] }))]}
                  onCommit={(value) => write(() => setVerdict(doc, review.id, goal.id, value === '' ? null : (value as ReviewVerdict)))}
                />
              ))}
            </div>
          </fieldset>
          <TextField label="Notes" multiline value={review.notes} onCommit={(notes) => write(() => updateReview(doc, review.id, { notes }), { toast: false })} />
        </div>
      ) : (
        <dl className="review-card__facts">
          <RecordFact label="Who took part">
            {review.attendees.length === 0 ? (
              'Nobody recorded yet'
            ) : (
              <ul className="plain-list">
                {attendanceOrder
                  .map((kind) => ({ kind, names: review.attendees.filter((a) => a.attendance === kind) }))
                  .filter(({ names }) => names.length > 0)
                  .map(({ kind, names }) => (
                    <li key={kind}>
                      <strong>{attendanceLabel[kind]}:</strong> {names.map((a) => (a.organisation ? `${a.name} (${a.organisation})` : a.name)).join(', ')}
                    </li>
                  ))}
              </ul>
            )}
          </RecordFact>
          <RecordFact label="Verdict on each goal">
            {goalsWithVerdict.length === 0 ? (
              'No verdicts recorded yet'
            ) : (
              <ul className="plain-list">
                {goalsWithVerdict.map((goal) => {
                  const verdict = review.verdicts[goal.id] as ReviewVerdict;
                  return (
                    <li key={goal.id}>
                      {goal.title}: <span className={`verdict verdict--${verdict}`}>{reviewVerdictLabel[verdict]}</span>
                    </li>
                  );
                })}
              </ul>
            )}
          </RecordFact>
          <RecordFact label="Notes" wide>
            <span className="review-card__notes">{review.notes || 'No notes yet'}</span>
          </RecordFact>
        </dl>
      )}
    </article>
  );
}
