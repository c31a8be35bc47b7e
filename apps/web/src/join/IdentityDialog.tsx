import type { Partner } from '@partnerboard/board';
import { Dialog } from '../components/Dialog';
import { useBoardSession } from '../session/BoardSession';
import { readBoardMemory } from '../sync/boardMemory';
import { IdentityForm, type JoinAnswer } from './IdentityForm';

/** Change the name and organisation I am shown with on this board. */
export function IdentityDialog({
  open,
  partners,
  onClose,
  onSubmit,
}: {
  open: boolean;
  partners: readonly Partner[];
  onClose(): void;
  onSubmit(answer: JoinAnswer): void;
}) {
  const { boardId, canEdit } = useBoardSession();
  const initial = readBoardMemory(boardId).identity;
  return (
    <Dialog open={open} onClose={onClose} title="Your name and organisation" description="Shown to everyone beside what you do on this board.">
      <IdentityForm
        partners={partners}
        canEdit={canEdit}
        {...(initial ? { initial } : {})}
        submitLabel="Save"
        onSubmit={onSubmit}
        onCancel={onClose}
      />
    </Dialog>
  );
}
