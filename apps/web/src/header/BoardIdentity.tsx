import type { Board } from '@partnerboard/board';
import { useState } from 'react';
import { useBoardSession } from '../session/BoardSession';
import { useBoard } from '../session/useBoard';
import { BoardPurpose } from './BoardPurpose';
import { EditBoardDialog } from './EditBoardDialog';
import './boardIdentity.css';

/**
 * The board's shared purpose, which everyone sees, on a line of its own under the header's top row
 * (which has no room to spare beside the title); a facilitator changes the title and purpose, or
 * deletes the board, from here.
 */
export function BoardIdentity() {
  const { role } = useBoardSession();
  const [editing, setEditing] = useState(false);
  const purpose = useBoard(selectPurpose);
  const canEditBoard = role === 'facilitator';
  if (!purpose.trim() && !canEditBoard) return null;
  return (
    <div className="board-identity">
      <BoardPurpose purpose={purpose} />
      {canEditBoard ? (
        <button type="button" className="board-identity__edit" onClick={() => setEditing(true)}>
          <span aria-hidden="true">✎</span> Edit board
        </button>
      ) : null}
      {editing ? <EditBoardDialog onClose={() => setEditing(false)} /> : null}
    </div>
  );
}

const selectPurpose = (board: Board) => board.meta.purpose;
