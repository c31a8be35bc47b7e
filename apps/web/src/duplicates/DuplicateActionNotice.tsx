import { actionStatusLabel, indexBoard, partnerOf, type ActionStatus, type Board, type Id } from '@partnerboard/board';
import { useCallback, useEffect, useRef } from 'react';
import { Button } from '../components';
import { sameFields, useBoard } from '../session/useBoard';
import { useUi } from '../state/ui';
import type { DuplicateWarning } from './useDuplicateCheck';
import './duplicates.css';

interface Existing {
  id: Id;
  title: string;
  status: ActionStatus;
  /** "Name (Organisation)" of its accountable owner, or null when it has none. */
  who: string | null;
}

function describeExisting(board: Board, id: Id): Existing | null {
  const action = indexBoard(board).actionById.get(id);
  if (!action) return null;
  const owner = action.ownerId ? indexBoard(board).personById.get(action.ownerId) : undefined;
  const organisation = partnerOf(board, action.ownerId);
  const who = owner ? `${owner.name}${organisation ? ` (${organisation.name})` : ''}` : null;
  return { id: action.id, title: action.title, status: action.status, who };
}

/**
 * A polite, non-blocking note that the action being added looks like one already under the goal,
 * with who has it and a way to open it or add the new one anyway. Always rendered, so that screen
 * readers announce the note when it appears.
 */
export function DuplicateActionNotice({ warning, onAddAnyway }: { warning: DuplicateWarning | null; onAddAnyway(): void }) {
  const existingId = warning?.existingId ?? null;
  // Only what the note says is selected, so an open form does not re-render on every change to the board.
  const existing = useBoard(
    useCallback((board: Board) => (existingId ? describeExisting(board, existingId) : null), [existingId]),
    sameFields,
  );
  const openDetail = useUi((state) => state.openDetail);
  const note = useRef<HTMLDivElement>(null);
  // At the foot of a long column the note appears below the fold: it comes into view with its buttons.
  const shownId = existing?.id ?? null;
  useEffect(() => {
    if (shownId) note.current?.scrollIntoView({ block: 'nearest' });
  }, [shownId]);

  return (
    <div role="status" className="duplicate-notice__live">
      {existing ? (
        <div ref={note} className="duplicate-notice">
          <p>
            <strong>This looks like an action already under this goal:</strong> “{existing.title}”
            {existing.who ? `, which ${existing.who} already has` : ', with no accountable owner yet'} ({actionStatusLabel[existing.status].toLowerCase()}). Is it the same work?
          </p>
          <div className="form-actions">
            <Button size="small" onClick={() => openDetail('action', existing.id)}>
              Open the existing one
            </Button>
            <Button size="small" variant="ghost" onClick={onAddAnyway}>
              Add anyway
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
