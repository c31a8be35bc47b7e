import { deletePartner, type Board, type Partner } from '@partnerboard/board';
import { useCallback, useId, useState } from 'react';
import { ConfirmDeleteDialog } from '../../components';
import { useWrite } from '../../session/write';
import { useBoardSession } from '../../session/BoardSession';
import { selectPartners, selectPeople, useBoard } from '../../session/useBoard';

/**
 * Confirms removing a partner organisation and says what happens: its people move to another
 * organisation (chosen here), its commitments go, and it is taken off goals, decisions and the agreement.
 */
export function DeletePartnerDialog({ partner, onClose }: { partner: Partner; onClose(): void }) {
  const { doc } = useBoardSession();
  const people = useBoard(selectPeople);
  const partners = useBoard(selectPartners);
  const commitments = useBoard(
    useCallback((board: Board) => board.commitments.filter((commitment) => commitment.partnerId === partner.id).length, [partner.id]),
  );
  const write = useWrite();
  const ids = useId();
  const members = people.filter((person) => person.partnerId === partner.id);
  const others = partners.filter((candidate) => candidate.id !== partner.id);
  const [target, setTarget] = useState('');
  const chosen = target || others[0]?.id || '';
  const blocked = members.length > 0 && others.length === 0;

  const peopleWords = members.length === 1 ? `${members[0]?.name ?? 'Its one person'}` : `Its ${members.length} people`;

  return (
    <ConfirmDeleteDialog
      title={`Remove ${partner.name} from the partnership?`}
      itemId={partner.id}
      remove={() => write(() => deletePartner(doc, partner.id, members.length > 0 ? { movePeopleTo: chosen } : {}), { toast: false })}
      confirmLabel="Remove organisation"
      blocked={blocked}
      onClose={onClose}
      onDeleted={onClose}
    >
      <p>
        It is taken off the goals it contributes to, the decisions it agreed and the partnership agreement.
        {commitments > 0 ? ` Its ${commitments === 1 ? 'commitment is' : `${commitments} commitments are`} deleted.` : ''}
      </p>
      {members.length > 0 && !blocked ? (
        <div className="field">
          <p>
            <strong>{peopleWords} must move to another organisation</strong>, keeping everything they own.
          </p>
          <label className="field__label" htmlFor={`${ids}-target`}>
            Move {members.length === 1 ? 'them' : 'its people'} to
          </label>
          <select id={`${ids}-target`} value={chosen} onChange={(event) => setTarget(event.target.value)}>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {blocked ? (
        <p>
          <strong>It is the only organisation and its people have nowhere to go.</strong> Add another organisation first.
        </p>
      ) : null}
    </ConfirmDeleteDialog>
  );
}
