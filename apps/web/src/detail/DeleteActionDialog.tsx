import { deleteAction, type Action } from '@partnerboard/board';
import { Button, Dialog } from '../components';
import { focusAfterDelete } from '../components/focusLanding';
import { useWrite } from '../session/write';
import { useBoardSession } from '../session/BoardSession';

interface DeleteActionDialogProps {
  action: Action;
  onClose(): void;
  onDeleted(): void;
}

/** Confirms deleting an action, saying that its comments go with it. */
export function DeleteActionDialog({ action, onClose, onDeleted }: DeleteActionDialogProps) {
  const { board } = useBoardSession();
  const write = useWrite();
  const comments = board.comments.filter((comment) => comment.itemId === action.id).length;
  return (
    <Dialog open onClose={onClose} title={`Delete the action “${action.title}”?`}>
      <div className="confirm">
        <p>
          {comments > 0 ? `Its ${comments === 1 ? 'comment is' : `${comments} comments are`} deleted with it. ` : ''}
          Decisions that mention it stop linking to it. You can undo this with Undo.
        </p>
        <div className="confirm__buttons">
          <Button
            variant="danger"
            onClick={() => {
              const landFocus = focusAfterDelete(action.id);
              if (!write((doc) => deleteAction(doc, action.id)).ok) return;
              landFocus();
              onDeleted();
            }}
          >
            Delete action
          </Button>
          <Button onClick={onClose}>Keep it</Button>
        </div>
      </div>
    </Dialog>
  );
}
