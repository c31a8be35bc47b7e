import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import { activityOf, continuesActivity, foldActivityChanges, type ActivityChange } from '@partnerboard/board';
import { activityMessage, type ActivityLine, type ActivityMessage } from '@partnerboard/protocol';
import type { ActivityLines } from '../storage/ActivityLines.ts';
import { isoTimestamp } from './isoTimestamp.ts';
import type { Peer } from './Peer.ts';
import type { RoomContext, RoomExtension } from './RoomExtension.ts';

/** How often, at most, a board writes its new lines (and sends them to everyone on it). */
const writeEveryMs = 1000;
/** One person's changes to the same field of the same item less than this apart are one line. */
export const activityFoldMs = 60_000;
/** How many lines a board keeps; older ones are dropped as new ones are written. */
export const activityLinesKept = 2000;

function isPeer(origin: unknown): origin is Peer {
  return typeof origin === 'object' && origin !== null && 'participant' in origin && 'kind' in origin;
}

/** One board's lines: each person's latest (to fold their next change into), and those not yet written. */
class BoardActivity {
  /** Each person's latest line, by who they are as the server sees them. */
  private readonly latest = new Map<string, { line: ActivityLine; change: ActivityChange; at: number }>();
  private readonly pending = new Map<string, ActivityLine>();
  private writtenAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly room: RoomContext,
    private readonly store: ActivityLines,
  ) {
    room.doc.on('afterTransaction', this.noted);
  }

  /**
   * Turns what an applied update changed into lines, attributed to the peer that sent it: the
   * participant the server made of its link, never anything written in the update.
   */
  private readonly noted = (transaction: Y.Transaction): void => {
    const from: unknown = transaction.origin;
    if (!isPeer(from)) return;
    let changes: ActivityChange[];
    try {
      changes = activityOf(transaction);
    } catch (error) {
      // A listener that throws would fail the update's apply and close its honest sender: log it instead.
      this.room.log.error({ event: 'activity-lines-error', boardId: this.room.boardId, error: String(error) }, 'an update could not be put in words');
      return;
    }
    if (changes.length === 0) return;
    const now = Date.now();
    const at = isoTimestamp(now);
    const { name, organisation, role, linkId } = from.participant;
    const who = JSON.stringify([role, linkId, name, organisation]);
    for (const change of changes) {
      const previous = this.latest.get(who);
      let line: ActivityLine;
      let said = change;
      if (previous && continuesActivity(previous.change, change) && now - previous.at <= activityFoldMs) {
        said = foldActivityChanges(previous.change, change);
        line = { ...previous.line, at, text: said.text };
      } else {
        const { kind, itemId, field, text } = change;
        line = { id: randomUUID(), from: at, at, name, organisation, role, linkId, selfDeclared: linkId === null, kind, itemId, field, text };
      }
      this.latest.set(who, { line, change: said, at: now });
      this.pending.set(line.id, line);
    }
    if (this.timer) return;
    const wait = Math.max(0, this.writtenAt + writeEveryMs - performance.now());
    this.timer = setTimeout(() => void this.write(), wait).unref();
  };

  /** Stores the lines that wait, then sends them to everyone on the board who asked for custom messages. */
  async write(): Promise<void> {
    this.timer = null;
    if (this.pending.size === 0) return;
    const lines = [...this.pending.values()];
    this.pending.clear();
    this.writtenAt = performance.now();
    try {
      await this.store.saveActivityLines(this.room.boardId, lines, activityLinesKept);
    } catch (error) {
      this.room.log.error({ event: 'activity-lines-error', boardId: this.room.boardId, lines: lines.length, error: String(error) }, 'activity lines could not be stored');
      return;
    }
    const body: ActivityMessage = { lines };
    this.room.broadcastCustom(activityMessage, body);
  }

  /** Writes what waits now: the board is being unloaded. */
  flush(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    void this.write();
  }

  /** Forgets what waits: the board leaves memory (or was deleted, and its lines with it). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
    this.room.doc.off('afterTransaction', this.noted);
  }
}

/** Records a board's activity in words (activity.ts in the board package) from each applied update, and sends new lines live. */
export function activityLinesExtension(store: ActivityLines): RoomExtension {
  const boards = new WeakMap<RoomContext, BoardActivity>();
  return {
    name: 'activity-lines',
    onLoad(room) {
      boards.set(room, new BoardActivity(room, store));
    },
    beforeUnload(room) {
      boards.get(room)?.flush();
    },
    onDestroy(room) {
      boards.get(room)?.stop();
    },
  };
}
