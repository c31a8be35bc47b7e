import type { Action, Board } from '@partnerboard/board';
import { useCallback, useState } from 'react';
import { Button } from '../components';
import { useBoardSession } from '../session/BoardSession';
import { byId, useBoard } from '../session/useBoard';
import { useUi } from '../state/ui';
import { ActionFields } from './ActionFields';
import { Comments } from './Comments';
import { DeleteActionDialog } from './DeleteActionDialog';
import { ActionFacts, Provenance } from './ItemFacts';
import { NotesSection } from './NotesSection';
import { StatusHistory } from './StatusHistory';

/** Everything about one action: the goal it serves, its fields and RACI, notes, status history and comments. */
export function ActionDetail({ action, onDeleted }: { action: Action; onDeleted(): void }) {
  const { canEdit } = useBoardSession();
  const goal = useBoard(useCallback((board: Board) => byId(board.goals, action.goalId), [action.goalId]));
  const openDetail = useUi((state) => state.openDetail);
  const [deleting, setDeleting] = useState(false);
  return (
    <>
      <p className="detail-panel__serves">
        Serves the goal{' '}
        {goal ? (
          <button type="button" className="link-button" onClick={() => openDetail('goal', goal.id)}>
            {goal.title}
          </button>
        ) : (
          <strong>that is no longer on the board</strong>
        )}
      </p>
      {canEdit ? <ActionFields action={action} /> : <ActionFacts action={action} />}
      <NotesSection
        target={{ kind: 'actions', field: 'notes' }}
        itemId={action.id}
        heading="Notes"
        value={action.notes}
        placeholder="Progress, what is needed, who to contact."
      />
      <StatusHistory kind="action" history={action.statusHistory} />
      <Comments itemId={action.id} />
      <Provenance item={action} />
      {canEdit ? (
        <div className="detail-panel__danger">
          <Button variant="danger" onClick={() => setDeleting(true)}>
            Delete action
          </Button>
        </div>
      ) : null}
      {deleting ? <DeleteActionDialog action={action} onClose={() => setDeleting(false)} onDeleted={onDeleted} /> : null}
    </>
  );
}
