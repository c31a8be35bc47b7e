import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { presenceStateMaxBytes, readPresenceState } from '@partnerboard/protocol';
import type { Metrics } from '../metrics.ts';
import type { Peer } from './Peer.ts';
import type { PresenceChange } from './RoomExtension.ts';
import { awarenessUpdate } from './OutgoingMessage.ts';
import { encodePresenceEntries, type PresenceEntry } from './presenceEntries.ts';

/** The origin of presence and updates that came from another server process. */
export const fromElsewhere = Symbol('another server process');

/** What one connection may publish as presence, and how often a board's presence is shared. */
export const presenceLimits = {
  /** Largest presence state one client may publish, in bytes of JSON: a name, a colour, a focus, a pointer, a caret. */
  stateBytes: presenceStateMaxBytes,
  /** Presence ids one connection may introduce; a stock client uses one. */
  idsPerConnection: 4,
  /**
   * Presence changes are shared with the board at most once per this many milliseconds, however
   * fast they arrive. The stock y-websocket client sends back every presence change it receives,
   * so without this a meeting of 30 moving pointers has each client send 600 messages a second.
   */
  shareEveryMs: 50,
} as const;

export interface RoomPresenceOptions {
  metrics: Metrics;
  /** Sends a frame to every connection on the board. */
  share: (frame: Uint8Array) => void;
  /** Hears each accepted change (the room's onPresence hooks), when anyone listens. */
  changed?: { readonly listening: boolean; hear(change: PresenceChange): void };
}

/**
 * Everyone's presence (y-protocols awareness) on one board. A connection may only set the
 * presence of the client ids it introduced, so no one can move, rename or hide someone else;
 * what it introduced is removed when it leaves. A state must fit the protocol's presence schema,
 * and its name, organisation and `verified` are the connection's, whatever the client wrote.
 * Changes are shared in batches (see shareEveryMs).
 */
export class RoomPresence {
  private readonly awareness: awarenessProtocol.Awareness;
  private readonly owners = new Map<number, Peer>();
  private readonly introduced = new Map<Peer, Set<number>>();
  /**
   * Presence sent for an id that another connection still owns, kept until that one leaves. A
   * client that reopens its socket (a new name, a network change) sends its presence on the new
   * socket before the server has seen the old one close; without this it would stay hidden until
   * it next renewed its presence (15 s for a stock client). Taken over only once the owner left,
   * so it cannot hide or replace anyone who is still here.
   */
  private readonly claims = new Map<number, { from: Peer; entry: PresenceEntry }>();
  private readonly claimsBy = new Map<Peer, Set<number>>();
  /** Peers whose first presence message has been read. */
  private readonly heardFrom = new WeakSet<Peer>();
  private readonly changed = new Set<number>();
  private lastShared = Number.NEGATIVE_INFINITY;
  private shareTimer: NodeJS.Timeout | null = null;

  constructor(
    doc: Y.Doc,
    private readonly options: RoomPresenceOptions,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server is not a participant: it holds everyone's presence but has none of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.noteChanges);
  }

  get isEmpty(): boolean {
    return this.awareness.getStates().size === 0;
  }

  /** Everyone's presence in one frame, for a connection that joins or asks. */
  everyone(): Uint8Array {
    return awarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]);
  }

  /**
   * Applies the entries `from` may set. The others are dropped without closing the connection:
   * stock clients echo everyone's presence back to the server, at clocks it already has.
   */
  receive(from: Peer, entries: readonly PresenceEntry[]): void {
    const first = !this.heardFrom.has(from);
    this.heardFrom.add(from);
    const accepted = entries.flatMap((entry) => this.admit(from, entry, first) ?? []);
    if (accepted.length > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, encodePresenceEntries(accepted), from);
  }

  /** Applies presence that another server process checked and shared. */
  receiveFromElsewhere(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, fromElsewhere);
  }

  /** The presence of `ids` as one awareness update. */
  encode(ids: readonly number[]): Uint8Array {
    // An id that never had presence here (or was dropped) has nothing to encode.
    return awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids.filter((id) => this.awareness.meta.has(id)));
  }

  /** The ids this process's peers introduced. */
  localIds(): number[] {
    return [...this.owners.keys()].filter((id) => this.awareness.states.has(id));
  }

  /** Removes the presence `connection` introduced and tells everyone. */
  leave(connection: Peer): void {
    for (const id of this.claimsBy.get(connection) ?? []) {
      if (this.claims.get(id)?.from === connection) this.claims.delete(id);
    }
    this.claimsBy.delete(connection);
    const ids = this.introduced.get(connection);
    if (!ids) return;
    this.introduced.delete(connection);
    const takenOver: PresenceEntry[] = [];
    for (const id of ids) {
      this.owners.delete(id);
      const claim = this.claims.get(id);
      if (!claim) continue;
      this.claims.delete(id);
      this.claimsBy.get(claim.from)?.delete(id);
      const known = this.awareness.meta.get(id)?.clock ?? 0;
      if (this.introduce(claim.from, id)) takenOver.push({ ...claim.entry, clock: Math.max(claim.entry.clock, known + 1) });
    }
    const present = [...ids].filter((id) => this.awareness.states.has(id) && !takenOver.some((entry) => entry.clientId === id));
    if (present.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, present, 'left');
    if (takenOver.length > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, encodePresenceEntries(takenOver), 'reconnected');
  }

  destroy(): void {
    if (this.shareTimer) clearTimeout(this.shareTimer);
    this.shareTimer = null;
    this.changed.clear();
    this.claims.clear();
    this.claimsBy.clear();
    this.awareness.destroy();
  }

  /** The entry as it may be applied, or null when `from` may not set it. */
  private admit(from: Peer, entry: PresenceEntry, firstMessage: boolean): PresenceEntry | null {
    const { metrics } = this.options;
    const known = this.awareness.meta.get(entry.clientId);
    const owner = this.owners.get(entry.clientId);
    if (owner !== undefined && owner !== from) {
      // An echo carries a clock the server already has; a newer one is an attempt to overwrite,
      // or the same person on a new socket before their old one closed: kept until the owner leaves.
      if (entry.clock > (known?.clock ?? 0) && entry.state !== 'null') {
        metrics.rejected('presence_not_owned');
        const claimed = this.checked(from, entry);
        if (claimed) this.claim(from, claimed);
      }
      return null;
    }
    if (entry.state !== 'null' && Buffer.byteLength(entry.state) > presenceLimits.stateBytes) {
      metrics.rejected('presence_too_large');
      return null;
    }
    if (owner === from) return this.checked(from, entry);
    if (entry.state === 'null') return null;
    if (!known || entry.clock > known.clock) {
      const checked = this.checked(from, entry);
      return checked && this.introduce(from, entry.clientId) ? checked : null;
    }
    // A reconnecting client opens with its own presence at the clock it had, which the removal
    // of its old connection has passed: give it the next clock so that everyone takes it. A later
    // message with an old clock is an echo of someone who left, and must not bring them back.
    if (!firstMessage) return null;
    const checked = this.checked(from, entry);
    return checked && this.introduce(from, entry.clientId) ? { ...checked, clock: known.clock + 1 } : null;
  }

  /**
   * The entry as it may be shared, or null when its state does not fit the presence schema. The
   * identity in it is the connection's: a personal link proves it (`verified`), a shared link's
   * holder named themselves when they connected, and neither can pass for someone else here.
   */
  private checked(from: Peer, entry: PresenceEntry): PresenceEntry | null {
    if (entry.state === 'null') return entry;
    const state = readPresenceState(JSON.parse(entry.state));
    if (!state) {
      this.options.metrics.rejected('presence_invalid');
      return null;
    }
    const { name, organisation, linkId } = from.participant;
    const user = { ...state.user, name, organisation, verified: linkId !== null };
    return { ...entry, state: JSON.stringify({ ...state, user }) };
  }

  private claim(from: Peer, entry: PresenceEntry): void {
    const current = this.claims.get(entry.clientId);
    if (current && current.from !== from && current.entry.clock >= entry.clock) return;
    let ids = this.claimsBy.get(from);
    if (!ids) {
      ids = new Set();
      this.claimsBy.set(from, ids);
    }
    if (!ids.has(entry.clientId) && ids.size >= presenceLimits.idsPerConnection) return;
    if (current) this.claimsBy.get(current.from)?.delete(entry.clientId);
    ids.add(entry.clientId);
    this.claims.set(entry.clientId, { from, entry });
  }

  private introduce(connection: Peer, clientId: number): boolean {
    let ids = this.introduced.get(connection);
    if (!ids) {
      ids = new Set();
      this.introduced.set(connection, ids);
    }
    if (ids.size >= presenceLimits.idsPerConnection) {
      this.options.metrics.rejected('presence_too_many');
      return false;
    }
    ids.add(clientId);
    this.owners.set(clientId, connection);
    return true;
  }

  private readonly noteChanges = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    for (const id of [...added, ...updated, ...removed]) this.changed.add(id);
    const listener = this.options.changed;
    if (listener?.listening) {
      const from = typeof origin === 'object' && origin !== null ? (origin as Peer) : null;
      listener.hear({ added, updated, removed, from, elsewhere: origin === fromElsewhere, states: this.awareness.getStates() as ReadonlyMap<number, Readonly<Record<string, unknown>>> });
    }
    if (this.shareTimer) return;
    const wait = this.lastShared + presenceLimits.shareEveryMs - performance.now();
    if (wait <= 0) this.shareChanges();
    else this.shareTimer = setTimeout(this.shareChanges, wait);
  };

  private readonly shareChanges = (): void => {
    this.shareTimer = null;
    this.lastShared = performance.now();
    const ids = [...this.changed];
    this.changed.clear();
    // Everyone, the sender included: the stock client treats 30 s without a message as a dead line.
    if (ids.length > 0) this.options.share(awarenessUpdate(this.awareness, ids));
  };
}
