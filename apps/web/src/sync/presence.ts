import { useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useBoardSession } from '../session/BoardSession';

/** What one other person on the board shows of themselves. Travels in awareness, never in the doc. */
export interface PeerPresence {
  clientId: number;
  name: string;
  organisation: string;
  colour: string;
  focus?: { kind: 'goal' | 'action'; id: string; editing: boolean };
  pointer?: { x: number; y: number };
}

/**
 * The local awareness state every client publishes. `user.color` / `user.colorLight` are the
 * names y-codemirror.next reads for remote cursors; the rest is ours.
 */
export interface LocalPresenceState {
  user: { name: string; organisation: string; partnerId?: string; color: string; colorLight: string };
  focus?: PeerPresence['focus'] | null;
  pointer?: PeerPresence['pointer'] | null;
}

const noPeers: readonly PeerPresence[] = Object.freeze([]);

function readPeer(clientId: number, state: Record<string, unknown>, withPointer: boolean): PeerPresence | null {
  const user = state.user as Partial<LocalPresenceState['user']> | undefined;
  if (!user || typeof user.name !== 'string') return null;
  const peer: PeerPresence = {
    clientId,
    name: user.name,
    organisation: typeof user.organisation === 'string' ? user.organisation : '',
    colour: typeof user.color === 'string' ? user.color : '#475569',
  };
  const focus = state.focus as PeerPresence['focus'] | null | undefined;
  if (focus && typeof focus.id === 'string') peer.focus = focus;
  const pointer = state.pointer as PeerPresence['pointer'] | null | undefined;
  if (withPointer && pointer && typeof pointer.x === 'number' && typeof pointer.y === 'number') peer.pointer = pointer;
  return peer;
}

function samePeers(a: readonly PeerPresence[], b: readonly PeerPresence[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((peer, i) => {
    const other = b[i];
    return (
      other !== undefined &&
      peer.clientId === other.clientId &&
      peer.name === other.name &&
      peer.organisation === other.organisation &&
      peer.colour === other.colour &&
      peer.focus?.kind === other.focus?.kind &&
      peer.focus?.id === other.focus?.id &&
      peer.focus?.editing === other.focus?.editing &&
      peer.pointer?.x === other.pointer?.x &&
      peer.pointer?.y === other.pointer?.y
    );
  });
}

/**
 * Snapshots of an awareness for React. Pointer moves arrive many times a second, so they live in
 * their own snapshot: the presence list and the card badges do not re-render when a pointer moves.
 */
class PresenceStore {
  private peers: readonly PeerPresence[] = noPeers;
  private pointers: readonly PeerPresence[] = noPeers;
  private byItem = new Map<string, readonly PeerPresence[]>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly awareness: Awareness) {
    awareness.on('change', this.refresh);
    this.refresh();
  }

  private readonly refresh = (): void => {
    const me = this.awareness.clientID;
    const peers: PeerPresence[] = [];
    const pointers: PeerPresence[] = [];
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId === me) continue;
      const peer = readPeer(clientId, state, false);
      if (peer) peers.push(peer);
      const withPointer = readPeer(clientId, state, true);
      if (withPointer?.pointer) pointers.push(withPointer);
    }
    const byName = (a: PeerPresence, b: PeerPresence) => a.name.localeCompare(b.name) || a.clientId - b.clientId;
    peers.sort(byName);
    pointers.sort(byName);
    let changed = false;
    if (!samePeers(peers, this.peers)) {
      this.peers = peers;
      this.byItem = this.groupByItem(peers);
      changed = true;
    }
    if (!samePeers(pointers, this.pointers)) {
      this.pointers = pointers;
      changed = true;
    }
    if (changed) for (const listener of this.listeners) listener();
  };

  private groupByItem(peers: readonly PeerPresence[]): Map<string, readonly PeerPresence[]> {
    const next = new Map<string, PeerPresence[]>();
    for (const peer of peers) {
      if (!peer.focus) continue;
      const list = next.get(peer.focus.id) ?? [];
      list.push(peer);
      next.set(peer.focus.id, list);
    }
    // Keep the old array where nothing changed, so a card whose watchers did not change does not re-render.
    const result = new Map<string, readonly PeerPresence[]>();
    for (const [id, list] of next) {
      const previous = this.byItem.get(id);
      result.set(id, previous && samePeers(previous, list) ? previous : list);
    }
    return result;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getPeers = (): readonly PeerPresence[] => this.peers;
  getPointers = (): readonly PeerPresence[] => this.pointers;
  getPeersOn = (itemId: string): readonly PeerPresence[] => this.byItem.get(itemId) ?? noPeers;
}

const stores = new WeakMap<Awareness, PresenceStore>();

function presenceStore(awareness: Awareness): PresenceStore {
  let store = stores.get(awareness);
  if (!store) {
    store = new PresenceStore(awareness);
    stores.set(awareness, store);
  }
  return store;
}

/** Everyone else on the board, by name (without pointers: see usePeerPointers). */
export function usePeers(): PeerPresence[] {
  const store = presenceStore(useBoardSession().awareness);
  return useSyncExternalStore(store.subscribe, store.getPeers) as PeerPresence[];
}

/** Who else is viewing or editing this goal or action now. */
export function usePeersOn(itemId: string): PeerPresence[] {
  const store = presenceStore(useBoardSession().awareness);
  return useSyncExternalStore(store.subscribe, () => store.getPeersOn(itemId)) as PeerPresence[];
}

/** Everyone else whose pointer is over the board view, with its position. */
export function usePeerPointers(): PeerPresence[] {
  const store = presenceStore(useBoardSession().awareness);
  return useSyncExternalStore(store.subscribe, store.getPointers) as PeerPresence[];
}

/** Tells the others which goal or action I am looking at or editing (null: none). */
export function setMyFocus(awareness: Awareness, focus: PeerPresence['focus'] | null): void {
  const current = (awareness.getLocalState() as LocalPresenceState | null)?.focus ?? null;
  if (current?.id === focus?.id && current?.kind === focus?.kind && current?.editing === focus?.editing) return;
  awareness.setLocalStateField('focus', focus);
}

/** Where my pointer is over the board view, in board coordinates (null: not over the board). */
export function setMyPointer(awareness: Awareness, pointer: PeerPresence['pointer'] | null): void {
  awareness.setLocalStateField('pointer', pointer);
}
