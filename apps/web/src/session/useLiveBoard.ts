import { readBoard, type Board } from '@partnerboard/board';
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { keepUnchanged } from './keepUnchanged';

/**
 * The board as plain data, re-read at most once per frame however many updates arrive (a burst of
 * remote edits or the initial sync), with unchanged entities keeping their identity.
 */
export class LiveBoard {
  private board: Board;
  private frame = 0;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly doc: Y.Doc) {
    this.board = readBoard(doc);
  }

  /**
   * After every transaction that changed the document, not on `update`: a board's first content is
   * applied with the `update` listeners set aside (BoardConnection.applyWholeBoardsQuietly).
   */
  private readonly changed = (transaction: Y.Transaction): void => {
    if (transaction.changed.size > 0) this.schedule();
  };

  private readonly schedule = (): void => {
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(this.reread);
  };

  private readonly reread = (): void => {
    this.frame = 0;
    const next = keepUnchanged(this.board, readBoard(this.doc));
    if (next === this.board) return;
    this.board = next;
    for (const listener of this.listeners) listener();
  };

  subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      this.doc.on('afterTransaction', this.changed);
      // Catch up with anything that changed while nobody was listening.
      this.schedule();
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.doc.off('afterTransaction', this.changed);
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    };
  };

  getBoard = (): Board => this.board;
}

export function useLiveBoard(doc: Y.Doc): Board {
  const live = useMemo(() => new LiveBoard(doc), [doc]);
  return useSyncExternalStore(live.subscribe, live.getBoard);
}
