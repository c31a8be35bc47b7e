import { parseReading, type LookedReading } from '@partnerboard/board';

// What this browser keeps per board for "since you last looked": the reading of the board when its
// person last had it open, the reading a summary not yet marked seen started from, and the Yjs
// clients this browser has opened the board with (their changes are mine, not news).

export interface LookedStore {
  /** The board as it was when last looked at, renewed while it is open. */
  looked: LookedReading | null;
  /** Where the summary on screen starts from, kept until "Mark as seen" so that a reload does not lose it. */
  unseenFrom: LookedReading | null;
  clients: readonly number[];
}

/** The key prefix, so that forgetting a board forgets this too (boardMemory.forgetBoard). */
export const lookedKeyPrefix = 'partnerboard:since:';
const keyOf = (boardId: string) => `${lookedKeyPrefix}${boardId}`;
/** Enough clients for many visits; older ones have long been seen. */
const keptClients = 200;

/** What this browser keeps for a board (empty when nothing, or unreadable). */
export function readLooked(boardId: string): LookedStore {
  try {
    const stored = JSON.parse(localStorage.getItem(keyOf(boardId)) ?? 'null') as Partial<Record<keyof LookedStore, unknown>> | null;
    if (!stored || typeof stored !== 'object') return { looked: null, unseenFrom: null, clients: [] };
    const clients = Array.isArray(stored.clients) ? stored.clients.filter((client): client is number => Number.isSafeInteger(client)) : [];
    return { looked: parseReading(stored.looked), unseenFrom: parseReading(stored.unseenFrom), clients };
  } catch {
    return { looked: null, unseenFrom: null, clients: [] };
  }
}

/** Merges a patch into what this browser keeps for a board. */
export function writeLooked(boardId: string, patch: Partial<LookedStore>): void {
  const next = { ...readLooked(boardId), ...patch };
  try {
    localStorage.setItem(keyOf(boardId), JSON.stringify({ ...next, clients: next.clients.slice(-keptClients) }));
  } catch {
    // Storage full or disabled (private mode): this visit is not remembered, the board still works.
  }
}
