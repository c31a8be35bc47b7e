import { addDays, createReview, isRealIsoDate, updateMeta, type Id } from '@partnerboard/board';
import { useRef, useState, type FormEvent } from 'react';
import { Button, Dialog, Field } from '../../components';
import { formatDate } from '../../components/dates';
import { useBoardSession } from '../../session/BoardSession';
import { useLiveBoardStore } from '../../session/useBoard';
import { useWrite } from '../../session/write';
import { takeSnapshot } from './snapshotsApi';

interface HoldReviewDialogProps {
  onClose(): void;
  /** The review just recorded, with its snapshot stored on the server. */
  onHeld(reviewId: Id): void;
}

/**
 * Holds a review: stores a snapshot of the whole board on the server (with who held it), records the
 * review with that snapshot, and moves the next review date on by the board's rhythm.
 */
export function HoldReviewDialog({ onClose, onHeld }: HoldReviewDialogProps) {
  const { boardId, doc, me, today } = useBoardSession();
  const live = useLiveBoardStore();
  const write = useWrite();
  const [heldOn, setHeldOn] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dateBox = useRef<HTMLInputElement>(null);

  const hold = async (event: FormEvent) => {
    event.preventDefault();
    if (!isRealIsoDate(heldOn)) {
      setError('Give the date the review was held.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const snapshot = await takeSnapshot(boardId, {
        label: `Review held on ${formatDate(heldOn)}`,
        takenBy: { name: me.name, organisation: me.organisation || undefined },
      });
      const every = live.getBoard().meta.reviewEveryDays;
      const result = write(
        () => {
          const id = createReview(doc, { heldOn, snapshotId: snapshot.id });
          if (every !== null) updateMeta(doc, { nextReviewOn: addDays(heldOn, every) });
          return id;
        },
        { toast: false },
      );
      if (result.ok) onHeld(result.value);
      else setError(result.error.message);
    } catch (failure) {
      // Nothing is recorded on the board without its snapshot: the form stays as it was, to try again.
      setError(`The snapshot of the board could not be stored, so the review is not recorded yet: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title="Hold a review"
      description="Records the review and keeps a copy of the whole board as it is now, to compare with later."
      onClose={onClose}
      initialFocus={dateBox}
    >
      <form className="hold-review" onSubmit={(event) => void hold(event)}>
        <Field label="Date held" error={error}>
          {(control) => <input {...control} ref={dateBox} type="date" value={heldOn} required onChange={(event) => setHeldOn(event.target.value)} />}
        </Field>
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? 'Taking the snapshot…' : 'Hold the review'}
          </Button>
          <Button type="button" onClick={onClose}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
