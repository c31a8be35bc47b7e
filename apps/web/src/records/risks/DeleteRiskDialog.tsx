import { deleteRisk, type Risk } from '@partnerboard/board';
import { ConfirmDeleteDialog } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { useWrite } from '../../session/write';

/** Asks before deleting a risk from the log, for everyone. */
export function DeleteRiskDialog({ risk, onClose, onDeleted }: { risk: Risk; onClose(): void; onDeleted(): void }) {
  const { doc } = useBoardSession();
  const write = useWrite();
  return (
    <ConfirmDeleteDialog
      title={`Delete the risk “${risk.title}”?`}
      itemId={risk.id}
      remove={() => write(() => deleteRisk(doc, risk.id), { toast: false })}
      confirmLabel="Delete risk"
      onClose={onClose}
      onDeleted={onDeleted}
    >
      <p>It goes from the risks log for every partner, with its comments. Its mitigation actions stay on the board. If the risk is dealt with, setting its status to Closed keeps the record instead.</p>
    </ConfirmDeleteDialog>
  );
}
