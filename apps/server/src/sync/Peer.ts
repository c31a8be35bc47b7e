import type { Notice } from '@partnerboard/protocol';
import type { Participant } from './Connection.ts';

/**
 * Someone (or something) on a board, as the room sees it: a client's WebSocket (Connection) or the
 * server itself writing through the same commit path (ServerPeer). The room knows peers only
 * through this interface.
 */
export interface Peer {
  readonly id: number;
  /** `client`: a person's socket; `server`: the server's own writer, trusted with the server's parts of the board. */
  readonly kind: 'client' | 'server';
  /** Who the peer acts as: their role, name and link; activity attributes its writes to them. */
  readonly participant: Participant;
  readonly canEdit: boolean;
  /** Sends one encoded message. */
  send(frame: Uint8Array): void;
  /** Sends a message the room framed once for every peer on the board (see wsInternals.frameBinary). */
  sendFramed(framed: Buffer): void;
  /** Sends a notice, only to a peer that opted in to them. */
  notify(notice: Notice): void;
  /** Ends the peer with a code from closeCodes. */
  close(code: number, reason: string, logReason: string): void;
  /** An info line about this peer (never its token). */
  logInfo(fields: Record<string, unknown>, message: string): void;
}

/** A peer at the other end of a socket: the room reads its messages from the moment it joins. */
export interface RemotePeer extends Peer {
  onMessage(handler: (frame: Uint8Array) => void): void;
  onClose(listener: () => void): void;
}
