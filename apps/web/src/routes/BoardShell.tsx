import type { Board } from '@partnerboard/board';
import { roleCanEdit, type Role } from '@partnerboard/protocol';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { DetailPanel } from '../detail/DetailPanel';
import { BoardHeader } from '../header/BoardHeader';
import { IdentityDialog } from '../join/IdentityDialog';
import { OverwriteNotices } from '../overwrites/OverwriteNotices';
import type { JoinAnswer } from '../join/IdentityForm';
import { BoardSessionProvider, useBoardSession, type BoardSession } from '../session/BoardSession';
import { meOnBoard, publishMe } from '../session/identity';
import { useToday } from '../session/today';
import { LiveBoardProvider, sameFields, selectPartners, selectPeople, useBoard } from '../session/useBoard';
import { LiveBoard } from '../session/useLiveBoard';
import { SharePanel } from '../share/SharePanel';
import { LiveAnnouncer } from '../since/LiveAnnouncer';
import { SinceBanner } from '../since/SinceBanner';
import { SinceProvider } from '../since/SinceContext';
import { useUi, type BoardView as BoardViewName } from '../state/ui';
import { useKnownFilterIds } from '../filters/useKnownFilterIds';
import { useUrlState } from '../filters/useUrlState';
import { rememberBoard, type RememberedIdentity } from '../sync/boardMemory';
import type { BoardConnection } from '../sync/connection';
import { createUndoManager, UndoProvider, useUndo, useUndoShortcuts } from '../sync/undo';
import { viewRegistry } from '../views/viewRegistry';

declare global {
  interface Window {
    /** The open board's document, for tests and the curious: it is the user's own copy. */
    __partnerboard?: { doc: BoardConnection['doc'] };
  }
}

interface BoardShellProps {
  connection: BoardConnection;
  boardId: string;
  role: Role;
  view: BoardViewName;
  identity: RememberedIdentity;
  onChangeIdentity(answer: JoinAnswer): void;
}

/** The open board: the session every view reads, the header, the current view and the panels over it. */
export function BoardShell({ connection, boardId, role, view, identity, onChangeIdentity }: BoardShellProps) {
  const live = useMemo(() => new LiveBoard(connection.doc), [connection.doc]);
  return (
    <LiveBoardProvider live={live}>
      <OpenBoard connection={connection} boardId={boardId} role={role} view={view} identity={identity} onChangeIdentity={onChangeIdentity} />
    </LiveBoardProvider>
  );
}

/** The session of the open board: what stays the same while it is open, and who I am on it. */
function OpenBoard({ connection, boardId, role, view, identity, onChangeIdentity }: BoardShellProps) {
  const { doc, awareness } = connection;
  const today = useToday();
  // One origin object per open board: undo tracks exactly the transactions made with it.
  const [origin] = useState(() => ({ boardId, local: true }));
  const [undoManager] = useState(() => createUndoManager(doc, origin));
  useEffect(() => () => undoManager.destroy(), [undoManager]);
  const title = useBoard(selectTitle);
  // Renewed only when something about me changes, so that the session stays the same through other edits.
  const me = useBoard(
    useCallback((board: Board) => meOnBoard(identity, board, doc.clientID), [identity, doc.clientID]),
    sameFields,
  );
  useEffect(() => publishMe(awareness, me), [awareness, me]);
  const actor = useMemo(() => ({ name: me.name, partnerName: me.organisation }), [me]);

  const session: BoardSession = useMemo(
    () => ({ boardId, doc, role, canEdit: roleCanEdit(role), me, actor, origin, today, awareness }),
    [boardId, doc, role, me, actor, origin, today, awareness],
  );

  useEffect(() => {
    window.__partnerboard = { doc };
    return () => {
      delete window.__partnerboard;
    };
  }, [doc]);

  useEffect(() => {
    document.title = `${title || 'Board'} – Partnerboard`;
    // So that the start page lists the board by the title it has now, renamed or not.
    if (title) rememberBoard(boardId, { title });
  }, [title, boardId]);

  return (
    <BoardSessionProvider session={session}>
      <UndoProvider manager={undoManager}>
        <ShellLayout view={view} onChangeIdentity={onChangeIdentity} />
      </UndoProvider>
    </BoardSessionProvider>
  );
}

function ShellLayout({ view, onChangeIdentity }: { view: BoardViewName; onChangeIdentity(answer: JoinAnswer): void }) {
  const { canEdit } = useBoardSession();
  const partners = useBoard(selectPartners);
  const people = useBoard(selectPeople);
  const undo = useUndo();
  useUndoShortcuts(undo, canEdit);
  useUrlState();
  useKnownFilterIds();
  const detail = useUi((s) => s.detail);
  const shareOpen = useUi((s) => s.shareOpen);
  const setShareOpen = useUi((s) => s.setShareOpen);
  const identityOpen = useUi((s) => s.identityOpen);
  const setIdentityOpen = useUi((s) => s.setIdentityOpen);
  const closeDetail = useUi((s) => s.closeDetail);

  const { label, skipTo, component: View } = viewRegistry[view];
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        Skip to the {skipTo}
      </a>
      {/* Each part fails on its own: a view, panel or the header that cannot be shown says so, and the rest works on. */}
      <ErrorBoundary what="the board's header" goOn="the plan is below.">
        <BoardHeader view={view} />
      </ErrorBoundary>
      <ErrorBoundary what="the notices of changes that crossed" goOn="the plan is below.">
        <OverwriteNotices />
      </ErrorBoundary>
      <SinceProvider>
        <ErrorBoundary what="what changed since you last looked" goOn="the plan is below.">
          <SinceBanner />
        </ErrorBoundary>
        <main id="main" className="app-shell__main" tabIndex={-1}>
          <ErrorBoundary key={view} what={`the ${label} view`} goOn="switch to another view above.">
            <View />
          </ErrorBoundary>
        </main>
      </SinceProvider>
      <ErrorBoundary what="the announcements of others' changes">
        <LiveAnnouncer />
      </ErrorBoundary>
      {detail ? (
        <ErrorBoundary key={`${detail.kind}:${detail.id}`} what="this item's details" goOn="close the panel to carry on." leave={{ label: 'Close the panel', onClick: closeDetail }}>
          <DetailPanel />
        </ErrorBoundary>
      ) : null}
      <ErrorBoundary key={`share:${String(shareOpen)}`} what="the share panel" leave={shareOpen ? { label: 'Close the share panel', onClick: () => setShareOpen(false) } : undefined}>
        <SharePanel key={String(shareOpen)} open={shareOpen} onClose={() => setShareOpen(false)} />
      </ErrorBoundary>
      <ErrorBoundary key={`identity:${String(identityOpen)}`} what="the form to change your name" leave={identityOpen ? { label: 'Close the form', onClick: () => setIdentityOpen(false) } : undefined}>
        <IdentityDialog
          open={identityOpen}
          partners={partners}
          people={people}
          onClose={() => setIdentityOpen(false)}
          onSubmit={(answer) => {
            onChangeIdentity(answer);
            setIdentityOpen(false);
          }}
        />
      </ErrorBoundary>
    </div>
  );
}

const selectTitle = (board: Board) => board.meta.title;
