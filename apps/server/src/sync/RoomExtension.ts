import type * as Y from 'yjs';
import type { Logger } from '../logger.ts';
import type { Metrics, RefusalReason, RejectionReason } from '../metrics.ts';
import type { Participant } from './Connection.ts';
import type { Peer } from './Peer.ts';
import type { ServerPeer } from './ServerPeer.ts';

/** An update on its way through a room: checked, committed, applied, shared. */
export interface Write {
  update: Uint8Array;
  readonly from: Peer;
  /** The top-level parts of the document it writes, once the shape check has read it. */
  parts: ReadonlySet<string>;
  /** Refused (by the shape check or a beforeCommit hook): stored nowhere and shared with no one. */
  refused?: true;
  /** The server merged into it the binding of the Yjs clients it introduced (see bindAuthors). */
  bound?: true;
}

/** Why a write was refused: counted under `reason`, told to its writer as `problem`. */
export interface Refusal {
  reason: RejectionReason;
  problem: string;
}

/** Why a peer may not join a board: counted under `reason`, and its socket closed with `code` and `message`. */
export interface JoinRefusal {
  reason: RefusalReason;
  code: number;
  message: string;
}

/** What a room offers its extensions. */
export interface RoomContext {
  readonly boardId: string;
  /** The board as committed: read it, never write it (write through a server peer). */
  readonly doc: Y.Doc;
  readonly log: Logger;
  readonly metrics: Metrics;
  /** Everyone on the board now. */
  readonly peers: ReadonlySet<Peer>;
  /** Server-held state of this room, by key: never in the document, and sent to no one unless an extension sends it. */
  readonly state: Map<string, unknown>;
  /** A peer through which the server writes to the board, acting for `participant` (the server itself when left out). */
  serverPeer(participant?: Participant): ServerPeer;
  /** Updates in the store's log since its snapshot. */
  readonly updatesSinceSnapshot: number;
  /** Folds the update log into a snapshot of the document; one compaction at a time. */
  compact(): Promise<void>;
  /** Sends a custom message to one peer, if it opted in to them (`ext=1`). */
  sendCustom(peer: Peer, type: string, body: unknown): void;
  /** Sends a custom message to every peer on the board that opted in and that `to` selects (everyone when left out). */
  broadcastCustom(type: string, body: unknown, to?: (peer: Peer) => boolean): void;
  /** Applies and shares updates that another server process stored: never stored again, nor checked or hooked. */
  applyFromElsewhere(update: Uint8Array): void;
  /** Applies and shares presence (an awareness update) of peers on another server process. */
  presenceFromElsewhere(update: Uint8Array): void;
  /** The presence of `ids` as one awareness update. */
  encodePresence(ids: readonly number[]): Uint8Array;
  /** The presence ids that this process's peers introduced. */
  localPresenceIds(): number[];
  /** Reads the board from the store again and applies what the document lacks (after the fan-out was away). */
  readStoredAgain(): Promise<void>;
  /**
   * Sends a message to the same extension on the other server processes serving this board (their
   * `fromElsewhere` handler of `type`); nothing happens on a single process.
   */
  publishElsewhere(type: string, body: unknown): void;
  /** Hands a message another process published to the extension that handles `type` from elsewhere. */
  customFromElsewhere(type: string, body: unknown): void;
}

/** A change of presence, as the server accepted it: the Yjs clients that came, changed or left. */
export interface PresenceChange {
  readonly added: readonly number[];
  readonly updated: readonly number[];
  readonly removed: readonly number[];
  /** The peer that sent it, or null when the server made it (someone left, or came back on a new socket). */
  readonly from: Peer | null;
  /** It came from another server process's peers (see scaleout/). */
  readonly elsewhere: boolean;
  /** Everyone's presence now, by Yjs client, as shared with the board (names and organisations are the links'). */
  readonly states: ReadonlyMap<number, Readonly<Record<string, unknown>>>;
}

/** Handles one custom message type from a peer; `body` is the message's JSON, unchecked. */
export type CustomMessageHandler = (peer: Peer, body: unknown, room: RoomContext) => void;

/** Handles one message type that the same extension published on another server process. */
export type ElsewhereMessageHandler = (body: unknown, room: RoomContext) => void;

/**
 * A feature of a room, plugged into its ordered hooks. Each hook runs for every extension in the
 * order the extensions were given:
 * 0. beforeLoad: the board is about to be read from the store (loadFailed if it then is not loaded).
 * 1. onLoad: the board is in memory, nobody has joined yet.
 * 2. authenticate: a peer whose link the server checked at the upgrade asks to join; the first
 *    refusal wins, and a refused peer is closed before it is sent anything of the board.
 * 3. onJoin: a peer joined (after it was sent the server's state vector and presence).
 * 4. messages: a custom message of one of these types arrived from a peer.
 * 5. beforeCommit: an update passed the shape check; the first refusal wins, and nothing of a refused update is stored or shared.
 * 6. afterCommit: a batch is stored and applied to the document (and shared with everyone on it).
 * 7. onPresence: presence changed, after the server checked it (someone came, moved, left).
 * 8. onLeave: a peer left.
 * 9. beforeUnload: the board is about to be unloaded; a last write may still be made.
 * 10. onDestroy: the board leaves memory (unloaded or deleted): stop timers.
 */
export interface RoomExtension {
  readonly name: string;
  beforeLoad?(boardId: string): Promise<void>;
  loadFailed?(boardId: string): void;
  onLoad?(room: RoomContext): void;
  authenticate?(peer: Peer, room: RoomContext): JoinRefusal | null;
  onJoin?(peer: Peer, room: RoomContext): void;
  readonly messages?: Readonly<Record<string, CustomMessageHandler>>;
  /** Messages from this extension on other server processes serving the board (see RoomContext.publishElsewhere). */
  readonly fromElsewhere?: Readonly<Record<string, ElsewhereMessageHandler>>;
  beforeCommit?(write: Write, room: RoomContext): Refusal | null;
  afterCommit?(batch: readonly Write[], room: RoomContext): void;
  onPresence?(change: PresenceChange, room: RoomContext): void;
  onLeave?(peer: Peer, room: RoomContext): void;
  beforeUnload?(room: RoomContext): void;
  onDestroy?(room: RoomContext): void;
}
