import * as Y from 'yjs';
import { roleCanEdit, type Notice } from '@partnerboard/protocol';
import type { Logger } from '../logger.ts';
import type { Participant } from './Connection.ts';
import type { Peer } from './Peer.ts';

/** Writes a peer's update through the room's commit path; the room gives every server peer it makes one. */
export type WriteUpdate = (peer: Peer, update: Uint8Array) => void;

let nextServerPeerId = 1;

/** Whom the server's own writes are attributed to when it acts for no one. */
export function serverParticipant(boardId: string): Participant {
  return { boardId, role: 'facilitator', name: 'Partnerboard', organisation: '', linkId: null, wantsNotices: false };
}

/**
 * The server writing to a board (its own records, an importer, a meeting timer) through the same
 * check, commit, apply and share path as a client. Its writes are attributed to `participant`
 * (whom the server acts for) and may write the parts of the board only the server writes.
 */
export class ServerPeer implements Peer {
  readonly id = -nextServerPeerId++;
  readonly kind = 'server';

  constructor(
    readonly participant: Participant,
    private readonly writeUpdate: WriteUpdate,
    private readonly log: Logger,
  ) {}

  get canEdit(): boolean {
    return roleCanEdit(this.participant.role);
  }

  /** Commits `update`, then applies it to the board and shares it with everyone on it. */
  write(update: Uint8Array): void {
    this.writeUpdate(this, update);
  }

  /** Makes a change with the board package's operations on a copy of the board, and writes what it changed. */
  change(board: Y.Doc, change: (copy: Y.Doc) => void): void {
    const copy = new Y.Doc({ guid: `${board.guid}/server-peer` });
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(board));
    const before = Y.encodeStateVector(copy);
    change(copy);
    const update = Y.encodeStateAsUpdate(copy, before);
    copy.destroy();
    this.write(update);
  }

  send(): void {}

  sendFramed(): void {}

  notify(notice: Notice): void {
    this.logInfo({ event: 'server-notice', notice: notice.kind }, notice.message);
  }

  close(_code: number, _reason: string, logReason: string): void {
    this.logInfo({ event: 'server-peer-refused', reason: logReason }, 'a server write was refused');
  }

  logInfo(fields: Record<string, unknown>, message: string): void {
    this.log.warn({ serverPeer: this.id, boardId: this.participant.boardId, ...fields }, message);
  }
}
