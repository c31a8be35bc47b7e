import type * as Y from 'yjs';
import { findOverwrites, recordOverwrites, type Overwrite } from '@partnerboard/board';
import { isoTimestamp } from './isoTimestamp.ts';
import type { Peer } from './Peer.ts';
import type { RoomContext, RoomExtension } from './RoomExtension.ts';

/** How often a board records overwrites (each record is written on a fresh copy of the board), and how many it keeps. */
const recordEveryMs = 1000;
const maxPerRecord = 50;
const kept = 200;
/** Watched values whose arrival time a board remembers (see overwrites.ts); the oldest are forgotten first. */
const maxArrivalsKept = 20_000;

/** One board's overwrites: arrivals seen since it loaded, and overwrites found and not yet recorded. */
class BoardOverwrites {
  /** When the server applied each watched value it has seen arrive, by `client:clock`. */
  private readonly arrivals = new Map<string, string>();
  /** Overwrites found and not yet recorded, and the peer whose update made the first of them. */
  private pending: { found: Omit<Overwrite, 'id'>[]; from: Peer } | null = null;
  private recordedAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly room: RoomContext) {
    room.doc.on('afterTransaction', this.noted);
  }

  /**
   * Notes when each watched value of a client's update arrived, and the overwrites it made, to be
   * recorded soon. Both sides' times are the server's: a device's clock says nothing here. Only
   * what clients send is looked at, never the server's own writes.
   */
  private readonly noted = (transaction: Y.Transaction): void => {
    const from = transaction.origin as Peer | null;
    if (from?.kind !== 'client') return;
    const at = isoTimestamp();
    const found = findOverwrites(transaction, ({ client, clock }) => {
      this.arrivals.set(`${client}:${clock}`, at);
      if (this.arrivals.size > maxArrivalsKept) this.arrivals.delete(this.arrivals.keys().next().value ?? '');
    });
    if (found.length === 0) return;
    const arrived = ({ client, clock }: Y.ID) =>
      this.arrivals.get(`${client}:${clock}`) ?? (clock >= (transaction.beforeState.get(client) ?? 0) ? at : null);
    this.pending ??= { found: [], from };
    for (const { kind, itemId, field, kept: keptValue, replaced } of found) {
      this.pending.found.push({
        kind,
        itemId,
        field,
        kept: { value: keptValue.value, writer: keptValue.id.client, at: arrived(keptValue.id) },
        replaced: { value: replaced.value, writer: replaced.id.client, at: arrived(replaced.id) },
        at,
      });
    }
    from.logInfo({ event: 'overwrites', count: found.length }, 'an update replaced values its writer had not seen');
    if (this.timer) return;
    const wait = Math.max(0, this.recordedAt + recordEveryMs - performance.now());
    this.timer = setTimeout(() => this.record(), wait).unref();
  };

  /**
   * Writes the record of the overwrites found through a server peer acting for the person whose
   * update made them (it counts in their activity). Made on a copy of the board (ServerPeer.change),
   * so that the server can drop the oldest records whoever wrote them.
   */
  record(): void {
    this.timer = null;
    const pending = this.pending;
    if (!pending) return;
    const found = pending.found.splice(0, maxPerRecord);
    if (pending.found.length === 0) this.pending = null;
    this.recordedAt = performance.now();
    this.room.serverPeer(pending.from.participant).change(this.room.doc, (copy) => recordOverwrites(copy, found, kept));
    if (this.pending) this.timer = setTimeout(() => this.record(), recordEveryMs).unref();
  }

  /** Records what waits now: the board is being unloaded. */
  flush(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.record();
  }

  /** Forgets what waits: the board leaves memory. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.room.doc.off('afterTransaction', this.noted);
  }
}

/** Finds values a client's update replaced without its writer having seen them, and records them on the board (overwrites.ts). */
export function overwritesExtension(): RoomExtension {
  const boards = new WeakMap<RoomContext, BoardOverwrites>();
  return {
    name: 'overwrites',
    onLoad(room) {
      boards.set(room, new BoardOverwrites(room));
    },
    beforeUnload(room) {
      boards.get(room)?.flush();
    },
    onDestroy(room) {
      boards.get(room)?.stop();
    },
  };
}
