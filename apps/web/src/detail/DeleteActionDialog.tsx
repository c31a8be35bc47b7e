import { commentsOn, deleteAction, type Action, type Board } from '@partnerboard/board';
import { useCallback } from 'react';
import { ConfirmDeleteDialog } from '../components';
import { useWrite } from '../session/write';
import { useBoard } from '../session/useBoard';

interface DeleteActionDialogProps {
  action: Action;
  onClose(): void;
  onDeleted(): void;
}

/** Confirms deleting an action, saying that its comments go with it. */
export function DeleteActionDialog({ action, onClose, onDeleted }: DeleteActionDialogProps) {
  const comments = useBoard(useCallback((board: Board) => commentsOn(board, action.id).length, [action.id]));
  const write = useWrite();
  return (
    <ConfirmDeleteDialog
      title={`Delete the action “${action.title}”?`}
      itemId={action.id}
      remove={() => write((doc) => deleteAction(doc, action.id), { toast: false })}
      confirmLabel="Delete action"
      onClose={onClose}
      onDeleted={onDeleted}
    >
      <p>
        {comments > 0 ? `Its ${comments === 1 ? 'comment is' : `${comments} comments are`} deleted with it. ` : ''}
        Decisions that mention it stop linking to it. You can undo this with Undo.
      </p>
    </ConfirmDeleteDialog>
  );
}
