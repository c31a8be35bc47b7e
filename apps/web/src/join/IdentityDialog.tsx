import type { Partner, Person } from '@partnerboard/board';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';
import { useBoardSession } from '../session/BoardSession';
import { readBoardMemory } from '../sync/boardMemory';
import { IdentityForm, type JoinAnswer } from './IdentityForm';
import { useProvenIdentity } from './ProvenIdentity';

/** Change the name, organisation and person in the plan I am on this board; on a personal link, see that it names me. */
export function IdentityDialog({
  open,
  partners,
  people,
  onClose,
  onSubmit,
}: {
  open: boolean;
  partners: readonly Partner[];
  people: readonly Person[];
  onClose(): void;
  onSubmit(answer: JoinAnswer): void;
}) {
  const { boardId, canEdit } = useBoardSession();
  const proven = useProvenIdentity();
  const initial = readBoardMemory(boardId).identity;
  if (proven) {
    return (
      <Dialog open={open} onClose={onClose} title="Your name and organisation" description="Shown to everyone beside what you do on this board.">
        <div className="confirm">
          <p>
            You are <strong>{proven.name}</strong>
            {proven.organisation ? `, ${proven.organisation}` : ''}.
          </p>
          <p>
            This name comes from the personal link the board’s facilitator made for you, so it cannot be changed here: everything you change on
            the board is recorded under it, and others see it marked as verified. If it is wrong, ask the facilitator for a new link.
          </p>
          <div className="form-actions">
            <Button variant="primary" onClick={onClose}>
              Done
            </Button>
          </div>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog open={open} onClose={onClose} title="Your name and organisation" description="Shown to everyone beside what you do on this board.">
      <IdentityForm
        partners={partners}
        people={people}
        canEdit={canEdit}
        {...(initial ? { initial } : {})}
        submitLabel="Save"
        onSubmit={onSubmit}
        onCancel={onClose}
      />
    </Dialog>
  );
}
