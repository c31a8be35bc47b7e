import type { Board } from '@partnerboard/board';
import { useCallback } from 'react';
import { Button } from '../components/Button';
import { useBoardSession } from '../session/BoardSession';
import { byId, useBoard } from '../session/useBoard';
import { useUi } from '../state/ui';
import { isFiltering } from '../filters/viewFilters';
import { mineEmptyReason, type MineItems } from './mineNote';
import { useProvenIdentity } from './ProvenIdentity';
import './join.css';

/** Why "Mine" shows nothing on this view, with a way to say who I am in the plan when that is why. */
export function MineNote({ what }: { what: MineItems }) {
  const { me } = useBoardSession();
  const personName = useBoard(useCallback((board: Board) => byId(board.people, me.personId)?.name ?? null, [me.personId]));
  const proven = useProvenIdentity();
  const filters = useUi((s) => s.filters);
  const setIdentityOpen = useUi((s) => s.setIdentityOpen);
  const { text, offerToSay } = mineEmptyReason({
    what,
    personName,
    proven: proven !== null,
    otherFilters: isFiltering(what === 'actions' ? 'board' : 'goals', { ...filters, mine: false }),
  });
  return (
    <>
      <span>{text}</span>
      {offerToSay ? (
        <Button variant="secondary" size="small" onClick={() => setIdentityOpen(true)}>
          Say who you are in the plan
        </Button>
      ) : null}
    </>
  );
}
