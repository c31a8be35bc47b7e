import type { Goal } from '@partnerboard/board';
import { Button } from '../components/Button';
import { Dialog } from '../components/Dialog';

interface ConfirmAchievedDialogProps {
  goal: Goal;
  /** Actions of the goal not done yet (at least one: otherwise nobody asks). */
  open: number;
  total: number;
  onConfirm(): void;
  onClose(): void;
}

/** Asks before a goal is marked achieved while some of its actions are still open, and says how many. */
export function ConfirmAchievedDialog({ goal, open, total, onConfirm, onClose }: ConfirmAchievedDialogProps) {
  const actions = (count: number) => (count === 1 ? '1 action' : `${count} actions`);
  return (
    <Dialog open onClose={onClose} title={`Mark “${goal.title}” achieved?`}>
      <div className="confirm">
        <p>
          {open === total ? `None of its ${actions(total)} is done yet.` : `${actions(open)} of its ${total} ${open === 1 ? 'is' : 'are'} not done yet.`} Everyone will see the
          goal as achieved; its open actions stay on the board as they are.
        </p>
        <div className="form-actions">
          <Button variant="primary" onClick={onConfirm}>
            Mark achieved
          </Button>
          <Button onClick={onClose}>Keep its status</Button>
        </div>
      </div>
    </Dialog>
  );
}
