import { isQuietReport, readBoard, readingOf, sinceLastLooked, writerOfLooked, type Board, type LookedReading, type MadeByMe, type SinceLastLooked } from '@partnerboard/board';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { wroteIt } from '../overwrites/overwriteWords';
import { useBoardSession } from '../session/BoardSession';
import { useBoard } from '../session/useBoard';
import { readBoardMemory } from '../sync/boardMemory';
import { useConnection, useSynced } from '../sync/connectionContext';
import { readLooked, writeLooked } from './lookedStore';

/** How often the reading of the board is renewed while it is open and in view. */
const renewEveryMs = 60_000;

/** What is new to me since I last looked, with "Mark as seen"; null while there is nothing (or the board has not synced yet). */
export interface SinceState {
  since: SinceLastLooked;
  from: LookedReading;
  markSeen(): void;
}

/**
 * Decides once the server has sent the board where "since you last looked" starts (the reading kept
 * from my last visit, or a summary not yet marked seen), then renews the reading of the board while
 * I look at it: when the tab is hidden or left, every minute while in view, and when I mark it seen.
 */
export function useSinceLastLooked(): SinceState | null {
  const { boardId, doc, me, today } = useBoardSession();
  const connection = useConnection();
  const synced = useSynced(connection);
  // undefined: not decided yet; null: nothing new on opening.
  const [from, setFrom] = useState<LookedReading | null | undefined>(undefined);
  const [clients] = useState(() => new Set([...readLooked(boardId).clients, doc.clientID]));
  useEffect(() => writeLooked(boardId, { clients: [...clients] }), [boardId, clients]);

  const mine = useCallback(
    (board: Board): MadeByMe =>
      (collection, id, field) => {
        const writer = writerOfLooked(doc, collection, id, field);
        return writer !== null && (clients.has(writer) || wroteIt(writer, board.authors, me));
      },
    [doc, clients, me],
  );

  if (synced && from === undefined) {
    // Decided while rendering (reads only), once: the decision is stored by the effect below. Read
    // from the document itself: the live board catches up with the server's first sync a frame later.
    const board = readBoard(doc);
    const stored = readLooked(boardId);
    const start = stored.unseenFrom ?? stored.looked;
    const news = start ? sinceLastLooked(start, board, today, mine(board)) : null;
    setFrom(start && news && !isQuietReport(news.report) ? start : null);
  }

  useEffect(() => {
    if (from === undefined) return;
    writeLooked(boardId, from ? { unseenFrom: from } : { looked: readingOf(readBoard(doc), today), unseenFrom: null });
    const renew = () => {
      // A board this browser has just forgotten (deleted, or removed from the list) is not remembered again on the way out.
      if (Object.keys(readBoardMemory(boardId)).length > 0) writeLooked(boardId, { looked: readingOf(readBoard(doc), today) });
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') renew();
    };
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') renew();
    }, renewEveryMs);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', renew);
    return () => {
      renew();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', renew);
    };
  }, [from, doc, boardId, today]);

  const markSeen = useCallback(() => {
    writeLooked(boardId, { looked: readingOf(readBoard(doc), today), unseenFrom: null });
    setFrom(null);
  }, [boardId, doc, today]);

  // Others' changes while I look join the summary; my own never do.
  const since = useBoard(
    useCallback((board: Board) => (from ? sinceLastLooked(from, board, today, mine(board)) : null), [from, today, mine]),
    sameSince,
  );
  return useMemo(() => (from && since ? { since, from, markSeen } : null), [from, since, markSeen]);
}

function sameSince(a: SinceLastLooked | null, b: SinceLastLooked | null): boolean {
  return a === b || (a !== null && b !== null && JSON.stringify(a.report) === JSON.stringify(b.report) && JSON.stringify([...a.marks]) === JSON.stringify([...b.marks]));
}
