import { roles, type CurrentTokensResponse, type Role } from '@partnerboard/protocol';
import { useEffect, useState } from 'react';
import { fetchCurrentTokens } from '../sync/boardApi';
import { readBoardMemory, rememberBoard } from '../sync/boardMemory';

/** What this device can show of one share link. */
export type KnownLink =
  /** `onlyHere`: the server cannot show it (made before links could be shown on every device); this browser remembers it. */
  | { kind: 'shown'; token: string; onlyHere: boolean }
  | { kind: 'loading' }
  /** The server cannot show it and this browser does not know it. */
  | { kind: 'made-before' }
  /** The server could not be asked, and this browser does not know it. */
  | { kind: 'unreachable'; message: string };

export type ServerAnswer =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; tokens: CurrentTokensResponse['tokens'] };

/** Each link as the server shows it, or else as this browser remembers it. */
export function knownLinks(answer: ServerAnswer, remembered: Partial<Record<Role, string>>): Record<Role, KnownLink> {
  const known = (role: Role): KnownLink => {
    const here = remembered[role];
    if (answer.status === 'ready') {
      const shown = answer.tokens[role];
      if (shown) return { kind: 'shown', token: shown, onlyHere: false };
      return here ? { kind: 'shown', token: here, onlyHere: true } : { kind: 'made-before' };
    }
    if (here) return { kind: 'shown', token: here, onlyHere: false };
    return answer.status === 'loading' ? { kind: 'loading' } : { kind: 'unreachable', message: answer.message };
  };
  return { facilitator: known('facilitator'), editor: known('editor'), viewer: known('viewer') };
}

/** The links this browser remembers: the facilitator's is the one it opened the board with. */
function rememberedLinks(boardId: string): Partial<Record<Role, string>> {
  const { links, token } = readBoardMemory(boardId);
  return token ? { ...links, facilitator: token } : { ...links };
}

/**
 * The board's current share links for a facilitator on any device: asked of the server with this
 * browser's facilitator link, this browser's memory where the server cannot show one.
 */
export function useCurrentLinks(boardId: string): { links: Record<Role, KnownLink>; replaced(role: Role, token: string): void } {
  const [remembered, setRemembered] = useState(() => rememberedLinks(boardId));
  const [answer, setAnswer] = useState<ServerAnswer>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    fetchCurrentTokens(boardId, readBoardMemory(boardId).token ?? '').then(
      ({ tokens }) => {
        if (!live) return;
        const shown = Object.fromEntries(roles.flatMap((role) => (tokens[role] ? [[role, tokens[role]]] : [])));
        rememberBoard(boardId, { links: shown });
        setAnswer({ status: 'ready', tokens });
      },
      (error: unknown) => live && setAnswer({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [boardId]);

  const replaced = (role: Role, token: string) => {
    setRemembered((current) => ({ ...current, [role]: token }));
    setAnswer((current) => (current.status === 'ready' ? { status: 'ready', tokens: { ...current.tokens, [role]: token } } : current));
  };

  return { links: knownLinks(answer, remembered), replaced };
}
