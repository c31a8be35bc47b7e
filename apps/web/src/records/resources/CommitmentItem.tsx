import { commitmentStatusLabel, deleteCommitment, updateCommitment, type Commitment, type CommitmentStatus } from '@partnerboard/board';
import { useState } from 'react';
import { Badge, Button, ConfirmDeleteDialog, type BadgeTone } from '../../components';
import { useBoardSession } from '../../session/BoardSession';
import { byId, selectGoals, selectPartners, useBoard } from '../../session/useBoard';
import { useWrite } from '../../session/write';
import { CommitmentFields } from './CommitmentFields';
import { commitmentWords } from './resourceWords';

const statusTone: Record<CommitmentStatus, BadgeTone> = { pledged: 'info', delivered: 'good', withdrawn: 'neutral' };
const statusSymbol: Record<CommitmentStatus, string> = { pledged: '○', delivered: '✓', withdrawn: '–' };

/**
 * One commitment: what, how much, from which organisation towards which goal, and whether it is
 * pledged or delivered. `show` says which of organisation and goal the list around it does not already say.
 */
export function CommitmentItem({ commitment, show }: { commitment: Commitment; show: 'partner' | 'goal' }) {
  const { canEdit, doc } = useBoardSession();
  const partners = useBoard(selectPartners);
  const goals = useBoard(selectGoals);
  const write = useWrite();
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const partner = byId(partners, commitment.partnerId);
  const goal = byId(goals, commitment.goalId);
  const what = commitmentWords(commitment);
  const from = partner?.name ?? 'An organisation no longer on the board';
  const name = `${what}, from ${from}`;

  return (
    <li className={`commitment commitment--${commitment.status}`} data-list-item={commitment.id} aria-label={name}>
      <div className="commitment__summary">
        <div className="commitment__what">
          <p className="commitment__title">
            <span className="colour-dot" aria-hidden="true" style={{ background: partner?.colour }} />
            <strong>{what}</strong>
            {show === 'partner' ? <span className="commitment__from"> from {from}</span> : null}
          </p>
          {show === 'goal' ? <p className="commitment__towards">Towards: {goal ? goal.title : 'the plan as a whole'}</p> : null}
          {commitment.note ? <p className="commitment__note">{commitment.note}</p> : null}
        </div>
        <Badge tone={statusTone[commitment.status]} className="commitment__status">
          <span aria-hidden="true">{statusSymbol[commitment.status]} </span>
          {commitmentStatusLabel[commitment.status]}
        </Badge>
        {canEdit ? (
          <div className="commitment__buttons">
            {commitment.status === 'pledged' ? (
              <Button size="small" aria-label={`Mark delivered: ${name}`} onClick={() => write(() => updateCommitment(doc, commitment.id, { status: 'delivered' }))}>
                Mark delivered
              </Button>
            ) : null}
            <Button size="small" aria-expanded={editing} aria-label={`${editing ? 'Done editing' : 'Edit'} ${name}`} onClick={() => setEditing(!editing)}>
              {editing ? 'Done' : 'Edit'}
            </Button>
            <Button size="small" variant="ghost" aria-label={`Delete ${name}`} onClick={() => setRemoving(true)}>
              Delete
            </Button>
          </div>
        ) : null}
      </div>
      {canEdit && editing ? <CommitmentFields commitment={commitment} /> : null}
      {removing ? (
        <ConfirmDeleteDialog
          title="Delete this commitment?"
          itemId={commitment.id}
          remove={() => write(() => deleteCommitment(doc, commitment.id), { toast: false })}
          confirmLabel="Delete commitment"
          onClose={() => setRemoving(false)}
          onDeleted={() => setRemoving(false)}
        >
          <p>
            {what} from {from} is taken off the record, with any comments on it. To keep a record that it will not happen, mark it withdrawn instead.
          </p>
        </ConfirmDeleteDialog>
      ) : null}
    </li>
  );
}
