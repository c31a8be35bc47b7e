import { useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useBoardSession } from '../session/BoardSession';
import { isHexColour, readPlainName } from './safePresence';

/** What one other person on the board shows of themselves. Travels in awareness, never in the doc. */
export interface PeerPresence {
  clientId: number;
  name: string;
  organisation: string;
  colour: string;
  /** Set by the server (never by the client): true when the name and organisation are a personal link's, false when self-declared. */
  verified: boolean;
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

const focusKinds: readonly string[] = ['goal', 'action'];

function plainObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function readFocus(value: unknown): PeerPresence['focus'] | undefined {
  const focus = plainObject(value);
  if (!focus || typeof focus.kind !== 'string' || !focusKinds.includes(focus.kind)) return undefined;
  if (typeof focus.id !== 'string' || focus.id.length === 0 || focus.id.length > 64) return undefined;
  return { kind: focus.kind as 'goal' | 'action', id: focus.id, editing: focus.editing === true };
}

// A pointer is drawn at its position: it must be a finite number, and within a sane distance of the board.
const pointerBound = 1_000_000;

function readPointer(value: unknown): PeerPresence['pointer'] | undefined {
  const pointer = plainObject(value);
  const inBounds = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= pointerBound;
  return pointer && inBounds(pointer.x) && inBounds(pointer.y) ? { x: pointer.x, y: pointer.y } : undefined;
}

/**
 * One other client's presence, checked field by field (anyone with a link writes it): a peer without a
 * proper name is not shown; a bad organisation, colour, focus or pointer is left out or replaced.
 */
export function readPeer(clientId: number, state: unknown, withPointer: boolean): PeerPresence | null {
  const user = plainObject(plainObject(state)?.user);
  const name = readPlainName(user?.name);
  if (!user || name === null || name.trim() === '') return null;
  const peer: PeerPresence = {
    clientId,
    name,
    organisation: readPlainName(user.organisation) ?? '',
    colour: isHexColour(user.color) ? user.color : '#475569',
    verified: user.verified === true,
  };
  const fields = plainObject(state) ?? {};
  const focus = readFocus(fields.focus);
  if (focus) peer.focus = focus;
  const pointer = withPointer ? readPointer(fields.pointer) : undefined;
  if (pointer) peer.pointer = pointer;
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
      peer.verified === other.verified &&
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
