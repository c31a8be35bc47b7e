import type { Goal } from '@partnerboard/board';
import { useState } from 'react';
import { Button } from '../components';
import { useBoardSession } from '../session/BoardSession';
import { Comments } from './Comments';
import { DeleteGoalDialog } from './DeleteGoalDialog';
import { GoalActions } from './GoalActions';
import { GoalFields } from './GoalFields';
import { GoalFacts, Provenance } from './ItemFacts';
import { NotesSection } from './NotesSection';
import { StatusHistory } from './StatusHistory';

/** Everything about one goal: its fields, description, the actions that deliver it, status history and comments. */
export function GoalDetail({ goal, onDeleted }: { goal: Goal; onDeleted(): void }) {
  const { canEdit } = useBoardSession();
  const [deleting, setDeleting] = useState(false);
  return (
    <>
      {canEdit ? <GoalFields goal={goal} /> : <GoalFacts goal={goal} />}
      <NotesSection
        target={{ kind: 'goals', field: 'description' }}
        itemId={goal.id}
        heading="Description"
        value={goal.description}
        placeholder="What this goal means for the person at the centre, and why it matters."
      />
      <GoalActions goal={goal} />
      <StatusHistory kind="goal" history={goal.statusHistory} />
      <Comments itemId={goal.id} />
      <Provenance item={goal} />
      {canEdit ? (
        <div className="detail-panel__danger">
          <Button variant="danger" onClick={() => setDeleting(true)}>
            Delete goal
          </Button>
        </div>
      ) : null}
      {deleting ? <DeleteGoalDialog goal={goal} onClose={() => setDeleting(false)} onDeleted={onDeleted} /> : null}
    </>
  );
}
