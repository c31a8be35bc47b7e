import type { Role } from '@partnerboard/protocol';
import { useLayoutEffect, useRef, useState } from 'react';
import { Button } from '../components/Button';
import { boardPath } from '../routes/router';
import { forgetBoard, rememberBoard, rememberedBoards, type RememberedBoard } from '../sync/boardMemory';
import { deleteLocalCopy } from '../sync/localCopy';

const roleShown: Record<Role, string> = {
  facilitator: 'facilitator link',
  editor: 'editor link',
  viewer: 'viewer link',
};

/** Where the keyboard focus goes after a board is removed from the list: the next row's button, or the heading. */
type FocusAfter = { kind: 'row'; index: number } | { kind: 'heading' } | null;

/**
 * Boards this browser holds a link for, so that people find theirs again; each can be removed from
 * this browser (its link and its local copy), which leaves the board itself alone.
 */
export function RecentBoards() {
  const [boards, setBoards] = useState(rememberedBoards);
  const [removed, setRemoved] = useState<RememberedBoard | null>(null);
  const [focusAfter, setFocusAfter] = useState<FocusAfter>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useLayoutEffect(() => {
    if (!focusAfter) return;
    if (focusAfter.kind === 'heading') heading.current?.focus();
    else list.current?.querySelectorAll<HTMLButtonElement>('.recent-boards__remove')[focusAfter.index]?.focus();
  }, [focusAfter]);

  const remove = (board: RememberedBoard, index: number) => {
    forgetBoard(board.id);
    void deleteLocalCopy(board.id);
    const left = rememberedBoards();
    setBoards(left);
    setRemoved(board);
    setFocusAfter(left.length === 0 ? { kind: 'heading' } : { kind: 'row', index: Math.min(index, left.length - 1) });
  };

  const undo = () => {
    if (!removed) return;
    rememberBoard(removed.id, removed.memory);
    const restored = rememberedBoards();
    setBoards(restored);
    setRemoved(null);
    setFocusAfter({ kind: 'row', index: Math.max(0, restored.findIndex((board) => board.id === removed.id)) });
  };

  if (boards.length === 0 && !removed) return null;
  return (
    <section className="start__recent" aria-labelledby="recent-title">
      <h2 id="recent-title" ref={heading} tabIndex={-1}>
        Your boards in this browser
      </h2>
      <div className={removed ? 'start__recent-status start__recent-status--shown' : 'start__recent-status'} role="status">
        {removed ? (
          <>
            <span>“{removed.title}” removed from this browser.</span>{' '}
            <Button size="small" onClick={undo}>
              Undo
            </Button>
          </>
        ) : null}
      </div>
      {boards.length > 0 ? (
        <ul ref={list} className="plain-list recent-boards">
          {boards.map((board, index) => (
            <li key={board.id} className="recent-boards__board">
              <a className="recent-boards__link" href={boardPath(board.id, 'board')}>
                {board.title}
              </a>
              {board.role ? <span className="recent-boards__role">{roleShown[board.role]}</span> : null}
              <Button
                variant="ghost"
                size="small"
                className="recent-boards__remove"
                aria-label={`Remove “${board.title}” from this browser`}
                onClick={() => remove(board, index)}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p>No boards left in this browser.</p>
      )}
      <p className="start__recent-note">
        Remove forgets a board in this browser only: its link and the copy kept here for offline use, with any change made here offline
        and not yet sent. The board itself is not deleted, and anyone
        with its link can still open it; keep the link somewhere else if you will need it again.
      </p>
    </section>
  );
}
