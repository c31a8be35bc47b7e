import type { Board } from '@partnerboard/board';
import { ActivityButton } from '../activity/ActivityButton';
import { Button } from '../components/Button';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useBoardSession } from '../session/BoardSession';
import { useBoard } from '../session/useBoard';
import type { BoardView } from '../state/ui';
import { useUi } from '../state/ui';
import { BoardIdentity } from './BoardIdentity';
import { BoardTitle } from './BoardTitle';
import { ConnectionBadge } from './ConnectionBadge';
import { ExportButton } from '../exports/ExportButton';
import { MeetingBar } from '../meeting/MeetingBar';
import { StartMeetingButton } from '../meeting/StartMeetingButton';
import { FoldingFilters } from '../filters/FoldingFilters';
import { PresenceList } from './PresenceList';
import { UndoButtons } from './UndoButtons';
import { ViewSwitcher } from './ViewSwitcher';
import './header.css';

/** The board's header: title and purpose, export and print, activity, views, who is here (me first), connection, undo/redo, sharing, and the filter bar (folded on a phone). */
export function BoardHeader({ view }: { view: BoardView }) {
  const { boardId, role, canEdit } = useBoardSession();
  const title = useBoard(selectTitle);
  const setShareOpen = useUi((s) => s.setShareOpen);
  return (
    <header className="app-header">
      <div className="app-header__top">
        <a className="brand" href="/">
          Partnerboard
        </a>
        <BoardTitle title={title || 'Untitled board'} />
        <ExportButton />
        <ActivityButton />
        <div className="app-header__tools">
          <PresenceList />
          <ConnectionBadge viewOnly={!canEdit} />
          {canEdit ? <UndoButtons /> : null}
          <StartMeetingButton place="header" />
          {role === 'facilitator' ? (
            <Button variant="primary" onClick={() => setShareOpen(true)}>
              Share
            </Button>
          ) : null}
        </div>
      </div>
      <BoardIdentity />
      <ViewSwitcher boardId={boardId} view={view} />
      <FoldingFilters view={view} />
      {/* In the header, so that the detail panel (placed under the header) leaves the meeting in sight. */}
      <ErrorBoundary what="the meeting bar" goOn="the plan is below.">
        <MeetingBar />
      </ErrorBoundary>
    </header>
  );
}

const selectTitle = (board: Board) => board.meta.title;
