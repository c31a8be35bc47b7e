import { readTitle } from '@partnerboard/board';
import type { LinkIdentity, Role } from '@partnerboard/protocol';
import { useEffect, useState } from 'react';
import { Button } from '../components/Button';
import type { BoardView } from '../state/ui';
import { BoardConnection } from '../sync/connection';
import { ConnectionProvider, useConnectionState, useSynced } from '../sync/connectionContext';
import { forgetBoard, forgetBoardAccess, readBoardMemory, type PersonalIdentity } from '../sync/boardMemory';
import { ProvenIdentityProvider } from '../join/ProvenIdentity';
import { BadLinkPage } from './BadLinkPage';
import { BoardDeletedPage } from './BoardDeletedPage';
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
      return <BadLinkPage reason={access.reason} boardId={boardId} />;
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
      return <OpenBoard key={access.token} boardId={boardId} token={access.token} role={access.role} identity={access.identity} view={view} />;
  }
}

function OpenBoard({ boardId, token, role, identity, view }: { boardId: string; token: string; role: Role; identity: LinkIdentity; view: BoardView }) {
  const [connection, setConnection] = useState<BoardConnection | null>(null);
  // A personal link names me; the server takes my name from it whatever the address says.
  const [personal] = useState<PersonalIdentity | null>(() => {
    if (identity.kind !== 'personal') return null;
    const { linkId, name, organisation, personId } = identity;
    return { linkId, name, organisation, personId };
  });
  useEffect(() => {
    const named = personal ?? readBoardMemory(boardId).identity;
    const opened = new BoardConnection({
      boardId,
      token,
      name: named?.name ?? '',
      organisation: named?.organisation ?? '',
    });
    // The connection lives exactly as long as this effect (twice over in StrictMode), so the effect hands it to the render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setConnection(opened);
    return () => opened.destroy();
  }, [boardId, token, personal]);
  if (!connection) return <LoadingPage what="Opening the board…" />;
  return (
    <ConnectionProvider connection={connection}>
      <BoardGate connection={connection} boardId={boardId} role={role} personal={personal} view={view} />
    </ConnectionProvider>
  );
}

/** Waits for the plan (from this browser's copy or the server), then asks who I am if I have not said. */
function BoardGate({
  connection,
  boardId,
  role,
  personal,
  view,
}: {
  connection: BoardConnection;
  boardId: string;
  role: Role;
  personal: PersonalIdentity | null;
  view: BoardView;
}) {
  const state = useConnectionState(connection);
  const synced = useSynced(connection);
  const [localLoaded, setLocalLoaded] = useState(false);
  const hasPlan = synced || connection.hasContent;
  const waitedEnough = state === 'offline' || state === 'reconnecting';
  const planShown = localLoaded && (hasPlan || waitedEnough);
  const join = useJoin(connection, boardId, role, personal, planShown);

  useEffect(() => {
    let live = true;
    void connection.localCopyLoaded.then(() => live && setLocalLoaded(true));
    return () => {
      live = false;
    };
  }, [connection]);

  useEffect(() => {
    if (state === 'revoked') forgetBoardAccess(boardId);
    if (state === 'deleted') forgetBoard(boardId);
  }, [state, boardId]);

  if (state === 'revoked') return <BadLinkPage reason={personal ? 'withdrawn' : 'revoked'} boardId={boardId} />;
  if (state === 'deleted') return <BoardDeletedPage title={readTitle(connection.doc)} />;
  if (!planShown) return <LoadingPage what="Loading the plan…" />;
  if (!join.identity) return <JoinPage connection={connection} role={role} onJoin={join.join} />;
  return (
    <ProvenIdentityProvider identity={personal}>
      <BoardShell connection={connection} boardId={boardId} role={role} view={view} identity={join.identity} onChangeIdentity={join.join} />
    </ProvenIdentityProvider>
  );
}
