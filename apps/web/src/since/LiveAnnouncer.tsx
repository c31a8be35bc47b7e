import { announcement, changesIn, readBoard, type WrittenChange } from '@partnerboard/board';
import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { wroteIt } from '../overwrites/overwriteWords';
import { useBoardSession } from '../session/BoardSession';
import { useConnection, useSynced } from '../sync/connectionContext';
import { readPeer } from '../sync/presence';

/** Changes arriving close together are told together... */
const gatherForMs = 1500;
/** ...and never more often than this, however busy the board is. */
const atMostEveryMs = 5000;

/**
 * Tells screen reader users, politely, what others change while they look: one sentence for one
 * change, a count and the names for several, at most one announcement every few seconds; never
 * their own changes, nor the board's catching up when it opens or reconnects in one go.
 */
export function LiveAnnouncer() {
  const { doc, me, awareness } = useBoardSession();
  const connection = useConnection();
  const synced = useSynced(connection);
  // Written directly, not through React state: an announcement re-renders nothing of the board.
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!synced) return;
    let pending: WrittenChange[] = [];
    let timer = 0;
    let lastAt = Number.NEGATIVE_INFINITY;
    const tell = () => {
      timer = 0;
      const board = readBoard(doc);
      const nameOf = (writer: number | null) => {
        if (writer === null) return 'Someone';
        return board.authors.get(writer)?.name ?? readPeer(writer, awareness.getStates().get(writer), false)?.name ?? 'Someone';
      };
      const others = pending.filter((change) => change.writer === null || !wroteIt(change.writer, board.authors, me));
      pending = [];
      const text = announcement(others, board, nameOf);
      if (!text) return;
      lastAt = performance.now();
      // A new node for each announcement, so that the same sentence twice is told twice.
      const sentence = document.createElement('p');
      sentence.textContent = text;
      region.current?.replaceChildren(sentence);
    };
    const onTransaction = (transaction: Y.Transaction) => {
      if (transaction.origin !== connection.provider) return;
      const changes = changesIn(transaction).filter((change) => change.writer !== doc.clientID);
      if (changes.length === 0) return;
      pending.push(...changes);
      if (timer === 0) timer = window.setTimeout(tell, Math.max(gatherForMs, lastAt + atMostEveryMs - performance.now()));
    };
    doc.on('afterTransaction', onTransaction);
    return () => {
      doc.off('afterTransaction', onTransaction);
      window.clearTimeout(timer);
    };
  }, [synced, doc, me, awareness, connection]);

  return <div ref={region} className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-changes" />;
}
