import { limits } from '@partnerboard/board';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

// Presence comes from anyone holding a link, and libraries paste parts of it into style attributes
// and the page: every value is checked here before any part of the app or a library sees it.

const hexColour = /^#[0-9a-fA-F]{6}$/;
const hexColourWithAlpha = /^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what a display name must not hold.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** True for a '#rrggbb' colour, the only form that may reach a style. */
export function isHexColour(value: unknown): value is string {
  return typeof value === 'string' && hexColour.test(value);
}

/** A name or organisation as shown to others: text of at most limits.name characters, no control characters; null otherwise. */
export function readPlainName(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > limits.name || controlCharacters.test(value)) return null;
  return value;
}

function plainObject(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function isClock(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function readId(value: unknown): { client: number; clock: number } | null | undefined {
  if (value === null || value === undefined) return null;
  const id = plainObject(value);
  return id && isClock(id.client) && isClock(id.clock) ? { client: id.client, clock: id.clock } : undefined;
}

/** A Y.RelativePosition from its JSON (as awareness carries it), or null when it is not exactly that shape. */
export function readRelativePosition(value: unknown): Y.RelativePosition | null {
  const json = plainObject(value);
  if (!json) return null;
  const type = readId(json.type);
  const item = readId(json.item);
  const assoc = json.assoc ?? 0;
  // Notes are never top-level types, and resolving a top-level name would create that type in my copy.
  if ((json.tname ?? null) !== null) return null;
  if (type === undefined || item === undefined || (type === null && item === null)) return null;
  if (typeof assoc !== 'number' || !Number.isSafeInteger(assoc)) return null;
  return Y.createRelativePositionFromJSON({ type, tname: null, item, assoc });
}

/** What y-codemirror.next reads of a remote state: a user with a safe colour and name, and a well-formed cursor. */
export interface EditorPeerState {
  user: { name: string; color: string; colorLight: string };
  cursor: { anchor: Y.RelativePosition; head: Y.RelativePosition };
}

/** A remote state reduced to what the notes editor may show, or null when any of it is not well-formed. */
export function readEditorPeer(state: unknown): EditorPeerState | null {
  const fields = plainObject(state);
  const user = plainObject(fields?.user);
  const cursor = plainObject(fields?.cursor);
  if (!user || !cursor) return null;
  const name = readPlainName(user.name);
  if (name === null || !isHexColour(user.color)) return null;
  const colorLight = typeof user.colorLight === 'string' && hexColourWithAlpha.test(user.colorLight) ? user.colorLight : `${user.color}33`;
  const anchor = readRelativePosition(cursor.anchor);
  const head = readRelativePosition(cursor.head);
  if (!anchor || !head) return null;
  return { user: { name, color: user.color, colorLight }, cursor: { anchor, head } };
}

type ChangeListener = (...args: unknown[]) => void;

/**
 * The members of an Awareness that y-codemirror.next uses, over a real awareness: remote states come
 * through readEditorPeer (so a hostile colour or cursor never reaches the editor's DOM), my own state
 * and my writes go straight to the real awareness.
 */
export class EditorAwareness {
  private readonly checked = new WeakMap<object, EditorPeerState | null>();

  constructor(private readonly awareness: Awareness) {}

  get doc(): Y.Doc {
    return this.awareness.doc;
  }

  get clientID(): number {
    return this.awareness.clientID;
  }

  getLocalState(): Record<string, unknown> | null {
    return this.awareness.getLocalState();
  }

  setLocalStateField(field: string, value: unknown): void {
    this.awareness.setLocalStateField(field, value);
  }

  /** Every other client's state that passed the checks (each checked once: awareness replaces a state object when it changes). */
  getStates(): Map<number, EditorPeerState> {
    const states = new Map<number, EditorPeerState>();
    for (const [clientId, state] of this.awareness.getStates()) {
      if (clientId === this.awareness.clientID) continue;
      let peer = this.checked.get(state);
      if (peer === undefined) {
        peer = readEditorPeer(state);
        this.checked.set(state, peer);
      }
      if (peer) states.set(clientId, peer);
    }
    return states;
  }

  on(event: 'change', listener: ChangeListener): void {
    this.awareness.on(event, listener);
  }

  off(event: 'change', listener: ChangeListener): void {
    this.awareness.off(event, listener);
  }
}
