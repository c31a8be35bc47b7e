import type { LinkIdentity, Role } from '@partnerboard/protocol';
import { useCallback, useEffect, useState } from 'react';
import { BoardApiError, fetchBoardAccess } from '../sync/boardApi';
import { forgetBoardAccess, readBoardMemory, rememberBoard } from '../sync/boardMemory';
import { deleteLocalCopy } from '../sync/localCopy';

export type BadLinkReason = 'missing' | 'refused' | 'withdrawn' | 'unknown-board';

export type BoardAccessState =
  | { status: 'checking' }
  | { status: 'ready'; token: string; role: Role; title: string; identity: LinkIdentity; offline: boolean }
  | { status: 'bad-link'; reason: BadLinkReason }
  | { status: 'unreachable'; retry(): void };

/** Takes the token out of the address bar (#token=...) into this browser's memory of the board. */
function takeTokenFromAddress(boardId: string): void {
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  if (!token) return;
  rememberBoard(boardId, { token });
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/**
 * What this browser may do on a board: the server's answer for the link's token, or (offline)
 * what it answered last time, so a board opened before can be opened and edited without network.
 */
export function useBoardAccess(boardId: string): BoardAccessState {
  const [state, setState] = useState<BoardAccessState>({ status: 'checking' });
  const [attempt, setAttempt] = useState(0);
  const checkAgain = useCallback(() => {
    setState({ status: 'checking' });
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    let cancelled = false;
    takeTokenFromAddress(boardId);
    const memory = readBoardMemory(boardId);
    const token = memory.token;
    if (!token) {
      // Only known here: the effect takes the token out of the address first.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setState({ status: 'bad-link', reason: 'missing' });
      return;
    }
    fetchBoardAccess(boardId, token).then(
      (access) => {
        if (cancelled) return;
        const { identity } = access;
        // Cleared on a shared link, so that a personal link opened before in this browser names no one now.
        const personal = identity.kind === 'personal' ? { linkId: identity.linkId, name: identity.name, organisation: identity.organisation, personId: identity.personId } : undefined;
        rememberBoard(boardId, { role: access.role, title: access.title, personal });
        setState({ status: 'ready', token, role: access.role, title: access.title, identity, offline: false });
      },
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof BoardApiError && error.isBadLink) {
          forgetBoardAccess(boardId);
          // No such board (deleted, most likely): a copy kept here would show it offline.
          if (error.status === 404) void deleteLocalCopy(boardId);
          setState({ status: 'bad-link', reason: error.status === 404 ? 'unknown-board' : error.isWithdrawn ? 'withdrawn' : 'refused' });
        } else if (memory.role) {
          const identity: LinkIdentity = memory.personal ? { kind: 'personal', ...memory.personal } : { kind: 'shared' };
          setState({ status: 'ready', token, role: memory.role, title: memory.title ?? '', identity, offline: true });
        } else {
          setState({ status: 'unreachable', retry: checkAgain });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [boardId, attempt, checkAgain]);

  // A new link pasted into this tab differs only in its fragment, which does not reload the page.
  useEffect(() => {
    const onHashChange = () => {
      if (new URLSearchParams(location.hash.slice(1)).has('token')) checkAgain();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [checkAgain]);

  return state;
}
