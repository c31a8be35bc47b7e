import { deleteDecision, type Decision } from '@partnerboard/board';
import { ConfirmDeleteDialog } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { useWrite } from '../../session/write';

/** Asks before deleting a decision from the log, for everyone. */
export function DeleteDecisionDialog({ decision, onClose, onDeleted }: { decision: Decision; onClose(): void; onDeleted(): void }) {
  const { doc } = useBoardSession();
  const write = useWrite();
  return (
    <ConfirmDeleteDialog
      title={`Delete the decision “${decision.title}”?`}
      itemId={decision.id}
      remove={() => write(() => deleteDecision(doc, decision.id), { toast: false })}
      confirmLabel="Delete decision"
      onClose={onClose}
      onDeleted={onDeleted}
    >
      <p>It goes from the decision log for every partner, with its comments. The goals and actions it names stay as they are.</p>
    </ConfirmDeleteDialog>
  );
}
