import type { Role } from '@partnerboard/protocol';
import { useEffect, useState } from 'react';
import { Button } from '../components/Button';
import type { BoardView } from '../state/ui';
import { BoardConnection } from '../sync/connection';
import { ConnectionProvider, useConnectionState, useSynced } from '../sync/connectionContext';
import { forgetBoardAccess, readBoardMemory } from '../sync/boardMemory';
import { BadLinkPage } from './BadLinkPage';
import { BoardShell } from './BoardShell';
import { JoinPage } from './JoinPage';
import { LoadingPage, MessagePage } from './MessagePage';
import { useBoardAccess } from './useBoardAccess';
import { useJoin } from './useJoin';

/** /b/<id>/<view>: checks the link, opens the board, asks who I am once, then shows the board. */
export function BoardRoute({ boardId, view }: { boardId: string; view: BoardView }) {
  const access = useBoardAccess(boardId);
  switch (access.status) {
    case 'checking':
      return <LoadingPage what="Opening the board…" />;
    case 'bad-link':
      return <BadLinkPage reason={access.reason} />;
    case 'unreachable':
      return (
        <MessagePage title="The board cannot be reached" tone="problem">
          <p>The Partnerboard server does not answer, and this browser has not opened this board before. Check your connection and try again.</p>
          <p>
            <Button variant="primary" onClick={access.retry}>
              Try again
            </Button>
          </p>
        </MessagePage>
      );
    case 'ready':
      return <OpenBoard key={access.token} boardId={boardId} token={access.token} role={access.role} view={view} />;
  }
}

function OpenBoard({ boardId, token, role, view }: { boardId: string; token: string; role: Role; view: BoardView }) {
  const [connection, setConnection] = useState<BoardConnection | null>(null);
  useEffect(() => {
    const identity = readBoardMemory(boardId).identity;
    const opened = new BoardConnection({
      boardId,
      token,
      name: identity?.name ?? '',
      organisation: identity?.organisation ?? '',
    });
    setConnection(opened);
    return () => opened.destroy();
  }, [boardId, token]);
  if (!connection) return <LoadingPage what="Opening the board…" />;
  return (
    <ConnectionProvider connection={connection}>
      <BoardGate connection={connection} boardId={boardId} role={role} view={view} />
    </ConnectionProvider>
  );
}

/** Waits for the plan (from this browser's copy or the server), then asks who I am if I have not said. */
function BoardGate({ connection, boardId, role, view }: { connection: BoardConnection; boardId: string; role: Role; view: BoardView }) {
  const state = useConnectionState(connection);
  const synced = useSynced(connection);
  const [localLoaded, setLocalLoaded] = useState(false);
  const join = useJoin(connection, boardId, role);

  useEffect(() => {
    let live = true;
    void connection.localCopyLoaded.then(() => live && setLocalLoaded(true));
    return () => {
      live = false;
    };
  }, [connection]);

  useEffect(() => {
    if (state === 'revoked') forgetBoardAccess(boardId);
  }, [state, boardId]);

  if (state === 'revoked') return <BadLinkPage reason="revoked" />;
  const hasPlan = synced || connection.hasContent;
  const waitedEnough = state === 'offline' || state === 'reconnecting';
  if (!localLoaded || (!hasPlan && !waitedEnough)) return <LoadingPage what="Loading the plan…" />;
  if (!join.identity) return <JoinPage connection={connection} role={role} onJoin={join.join} />;
  return <BoardShell connection={connection} boardId={boardId} role={role} view={view} identity={join.identity} onChangeIdentity={join.join} />;
}
