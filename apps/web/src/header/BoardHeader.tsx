import { Button } from '../components/Button';
import { useBoardSession } from '../session/BoardSession';
import type { BoardView } from '../state/ui';
import { useUi } from '../state/ui';
import { ConnectionBadge } from './ConnectionBadge';
import { FilterBar } from './FilterBar';
import { PresenceList } from './PresenceList';
import { UndoButtons } from './UndoButtons';
import { ViewSwitcher } from './ViewSwitcher';
import './header.css';

/** The board's header: title, views, who is here, connection, undo/redo, sharing, and the filter bar. */
export function BoardHeader({ view }: { view: BoardView }) {
  const { boardId, board, role, canEdit, me } = useBoardSession();
  const setShareOpen = useUi((s) => s.setShareOpen);
  const setIdentityOpen = useUi((s) => s.setIdentityOpen);
  return (
    <header className="app-header">
      <div className="app-header__top">
        <a className="brand" href="/">
          Partnerboard
        </a>
        <h1 className="board-title" title={board.meta.title}>{board.meta.title || 'Untitled board'}</h1>
        <ViewSwitcher boardId={boardId} view={view} />
        <div className="app-header__tools">
          <PresenceList />
          <ConnectionBadge viewOnly={!canEdit} />
          {canEdit ? <UndoButtons /> : null}
          {role === 'facilitator' ? (
            <Button variant="primary" onClick={() => setShareOpen(true)}>
              Share
            </Button>
          ) : null}
          <Button variant="ghost" onClick={() => setIdentityOpen(true)} aria-label={`You are ${me.name} (${me.organisation}). Change`}>
            {me.name}
          </Button>
        </div>
      </div>
      <FilterBar boardOptions={view === 'board'} />
    </header>
  );
}
