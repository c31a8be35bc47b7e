import type { Author, Board } from '@partnerboard/board';
import { useCallback } from 'react';
import { sameFields, useBoard } from '../session/useBoard';
import './writtenBy.css';

/**
 * Who wrote something, as the server bound its Yjs client (`board.authors`): a personal link's
 * person (verified) or the name given on a shared link (self-declared). Without a binding (written
 * before the server bound authors) the name the client wrote is shown, as self-declared.
 */
export function useAuthor(writer: number | null, claimed: { name: string; organisation: string } | null): Author | null {
  // The authors are read anew whenever the server binds anyone: only a change to this one re-renders.
  const bound = useBoard(
    useCallback((board: Board) => (writer === null ? undefined : board.authors.get(writer)), [writer]),
    sameFields,
  );
  if (bound) return bound;
  return claimed ? { name: claimed.name, organisation: claimed.organisation, verified: false } : null;
}

/** Whether a name is proven, in words (a tick is not enough on its own). */
export function ProofTag({ verified }: { verified: boolean }) {
  return verified ? (
    <span className="proof-tag proof-tag--verified" title="Made on a personal link, which names this person">
      <span aria-hidden="true">✓</span>verified
    </span>
  ) : (
    <span className="proof-tag" title="Made on a shared link: the name is the one they gave">
      self-declared
    </span>
  );
}
