import type { Actor, IsoDate } from '@partnerboard/board';
import type { Role } from '@partnerboard/protocol';
import { createContext, useContext, type ReactNode } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/** Who I am on this board, as others see me in presence and histories. */
export interface Me {
  name: string;
  organisation: string;
  /** Set when my organisation is one of the board's partners. */
  partnerId?: string;
  colour: string;
  clientId: number;
  /** The person in the plan I am ("Mine" is what they own or share), or null when I am not in it. */
  personId: string | null;
}

/** What stays the same while a board is open (the board itself is read with useBoard). */
export interface BoardSession {
  boardId: string;
  doc: Y.Doc;
  role: Role;
  /** False for viewer links: render no edit controls. */
  canEdit: boolean;
  me: Me;
  /** { name, partnerName } for board-package writes (histories, createdBy). */
  actor: Actor;
  /** Transaction origin of every local write, so that undo takes back only my changes. */
  origin: object;
  today: IsoDate;
  awareness: Awareness;
}

const BoardSessionContext = createContext<BoardSession | null>(null);

export function BoardSessionProvider({ session, children }: { session: BoardSession; children: ReactNode }) {
  return <BoardSessionContext.Provider value={session}>{children}</BoardSessionContext.Provider>;
}

/** The open board; only valid inside a board route. */
export function useBoardSession(): BoardSession {
  const session = useContext(BoardSessionContext);
  if (!session) throw new Error('useBoardSession is used outside a board: wrap the view in <BoardSessionProvider>.');
  return session;
}
