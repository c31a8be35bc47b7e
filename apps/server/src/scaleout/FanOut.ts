import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Role } from '@partnerboard/protocol';

/** What one server process tells the others about a board it has in memory. */
export type BoardMessage =
  /** A batch of updates, stored by the sender before it was published: apply, never store again. */
  | { kind: 'update'; update: Uint8Array }
  /** Presence of the sender's peers (a y-protocols awareness update). */
  | { kind: 'presence'; update: Uint8Array }
  /** How many peers the sender has on the board now (for the connection cap), renewed while it has any. */
  | { kind: 'peers'; count: number }
  /** The sender has just loaded the board: tell it your presence and peers. */
  | { kind: 'hello' }
  /** A room extension's message to the same extension on the other processes (see RoomContext.publishElsewhere). */
  | { kind: 'custom'; type: string; body: unknown };

/** What one process tells every other, whether or not they have the board in memory. */
export type ControlMessage =
  /** A shared link of `role` was replaced: close its holders' sockets. */
  | { kind: 'revoke-role'; boardId: string; role: Role }
  /** A personal link was withdrawn: close its holder's sockets. */
  | { kind: 'revoke-link'; boardId: string; linkId: string }
  /** The board was deleted from the store: close its sockets and drop it from memory. */
  | { kind: 'deleted'; boardId: string }
  /** The sender could not publish some of the board's updates: read it from the store again. */
  | { kind: 'missed'; boardId: string };

export type Unsubscribe = () => Promise<void>;

/** Thrown at start-up when the fan-out's server (Redis) does not answer. */
export class FanOutUnavailableError extends Error {
  override readonly name = 'FanOutUnavailableError';
}

/**
 * The channel between server processes that serve the same boards (REDIS_URL). Every process
 * stores what it receives before it publishes it, so a message lost here costs liveness, never
 * data: after the channel comes back, `onResync` listeners read their boards from the store again.
 */
export interface FanOut {
  /** This process, as the others see it. */
  readonly processId: string;
  /**
   * Listens to a board's messages from other processes (never this one's own); resolves once the
   * subscription is in place, so that a board loaded after it misses nothing published meanwhile.
   */
  subscribe(boardId: string, listener: (message: BoardMessage, from: string) => void): Promise<Unsubscribe>;
  /** Publishes to the processes listening to the board; a message that cannot be sent is dropped (and logged). */
  publish(boardId: string, message: BoardMessage): void;
  /** Listens to every process's control messages (this one's own are not delivered). */
  onControl(listener: (message: ControlMessage) => void): void;
  publishControl(message: ControlMessage): void;
  /** Called after the channel was down: messages may have been lost meanwhile. */
  onResync(listener: () => void): void;
  /** Whether messages can be published now. */
  readonly connected: boolean;
  close(): Promise<void>;
}

const kinds = { update: 0, presence: 1, peers: 2, hello: 3, custom: 4 } as const;

/** One board message as bytes: the sender's id, the kind, then the payload. */
export function encodeBoardMessage(from: string, message: BoardMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, from);
  encoding.writeVarUint(encoder, kinds[message.kind]);
  if (message.kind === 'peers') encoding.writeVarUint(encoder, message.count);
  else if (message.kind === 'custom') {
    encoding.writeVarString(encoder, message.type);
    encoding.writeVarString(encoder, JSON.stringify(message.body));
  } else if (message.kind !== 'hello') encoding.writeVarUint8Array(encoder, message.update);
  return encoding.toUint8Array(encoder);
}

/** The sender and message of `bytes`, or null when they are not a board message this version knows. */
export function decodeBoardMessage(bytes: Uint8Array): { from: string; message: BoardMessage } | null {
  try {
    const decoder = decoding.createDecoder(bytes);
    const from = decoding.readVarString(decoder);
    const kind = decoding.readVarUint(decoder);
    if (kind === kinds.hello) return { from, message: { kind: 'hello' } };
    if (kind === kinds.custom) {
      const type = decoding.readVarString(decoder);
      return { from, message: { kind: 'custom', type, body: JSON.parse(decoding.readVarString(decoder)) as unknown } };
    }
    if (kind === kinds.peers) return { from, message: { kind: 'peers', count: decoding.readVarUint(decoder) } };
    if (kind === kinds.update || kind === kinds.presence) {
      return { from, message: { kind: kind === kinds.update ? 'update' : 'presence', update: decoding.readVarUint8Array(decoder) } };
    }
    return null;
  } catch {
    return null;
  }
}
