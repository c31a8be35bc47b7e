import { facilitatorOnlyParts } from '@partnerboard/board';
import { closeCodes, readServerTimeRequest, serverTimeMessage, type Role, type ServerTimeAnswer } from '@partnerboard/protocol';
import type { ActivityLines } from '../storage/ActivityLines.ts';
import { activityLinesExtension } from './activityLinesExtension.ts';
import { dotVotingExtension } from './dotVotingExtension.ts';
import { meetingRecordsExtension } from './meetingRecordsExtension.ts';
import { overwritesExtension } from './overwritesExtension.ts';
import type { RoomExtension } from './RoomExtension.ts';

/**
 * Refuses a peer beyond `max` on one board, before it is sent anything of the board; `elsewhere`
 * counts the board's peers on other server processes.
 */
export function connectionCap(max: number, elsewhere: (boardId: string) => number = () => 0): RoomExtension {
  return {
    name: 'connection-cap',
    authenticate: (_peer, room) =>
      room.peers.size + elsewhere(room.boardId) >= max ? { reason: 'board_full', code: closeCodes.boardFull, message: 'This board is full; try again later' } : null,
  };
}

/** Refuses every write from a peer whose role may not edit (a viewer link). */
export function viewerRefusal(): RoomExtension {
  return {
    name: 'viewer-refusal',
    beforeCommit: (write) => (write.from.canEdit ? null : { reason: 'viewer_write', problem: 'this link is view only' }),
  };
}

/** Refuses writes to the parts `rules` names from anyone whose role it does not list for that part. */
export function partPermissions(rules: Readonly<Record<string, readonly Role[]>>): RoomExtension {
  return {
    name: 'part-permissions',
    beforeCommit(write) {
      if (write.from.kind === 'server') return null;
      const { role } = write.from.participant;
      for (const part of write.parts) {
        const allowed = rules[part];
        if (allowed && !allowed.includes(role)) return { reason: 'part_not_allowed', problem: `only a ${allowed.join(' or ')} link may change the ${part}` };
      }
      return null;
    },
  };
}

/** Folds a board's update log into a snapshot once it holds `afterUpdates` updates. */
export function compaction(afterUpdates: number): RoomExtension {
  return {
    name: 'compaction',
    afterCommit(_batch, room) {
      if (room.updatesSinceSnapshot >= afterUpdates) void room.compact();
    },
  };
}

/** Answers a `server-time` custom message with the server's clock, so that a client can correct for its own. */
export function serverTime(now: () => number = Date.now): RoomExtension {
  return {
    name: 'server-time',
    messages: {
      [serverTimeMessage](peer, body, room) {
        const request = readServerTimeRequest(body);
        if (!request) return;
        const answer: ServerTimeAnswer = { serverTime: now(), clientTime: request.clientTime ?? null };
        room.sendCustom(peer, serverTimeMessage, answer);
      },
    },
  };
}

/** Every board's features, in the order their hooks run: permissions first, then what acts on committed updates. */
export function standardRoomExtensions({
  compactAfterUpdates,
  maxConnectionsPerBoard,
  store,
  peersElsewhere,
  fanOut,
}: {
  compactAfterUpdates: number;
  maxConnectionsPerBoard: number;
  /** Where the activity lines are kept. */
  store: ActivityLines;
  /** A board's peers on other server processes. */
  peersElsewhere?: (boardId: string) => number;
  /** Shares what this process commits with the others (REDIS_URL): first after the checks, to reach them soonest. */
  fanOut?: RoomExtension | null;
}): RoomExtension[] {
  const facilitatorOnly = Object.fromEntries(facilitatorOnlyParts.map((part) => [part, ['facilitator'] as const]));
  return [
    connectionCap(maxConnectionsPerBoard, peersElsewhere),
    viewerRefusal(),
    partPermissions(facilitatorOnly),
    ...(fanOut ? [fanOut] : []),
    overwritesExtension(),
    activityLinesExtension(store),
    meetingRecordsExtension(),
    dotVotingExtension(),
    compaction(compactAfterUpdates),
    serverTime(),
  ];
}
