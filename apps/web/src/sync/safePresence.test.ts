import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readPeer } from './presence';
import { EditorAwareness, readEditorPeer, readRelativePosition } from './safePresence';

const coveringColour = '#f00; position:fixed; inset:0; z-index:2147483647; background:url(https://evil.example/x.png)';

/** My awareness after another client's state (as it would send it) has arrived over the wire. */
function withRemote(remoteState: unknown): { mine: Awareness; remoteId: number; text: Y.Text } {
  const doc = new Y.Doc();
  const text = doc.getMap('actions').set('a', new Y.Map()).set('notes', new Y.Text('Hello world'));
  const mine = new Awareness(doc);
  mine.setLocalState({ user: { name: 'Me', color: '#1d4ed8', colorLight: '#c6d3f5' } });
  const theirs = new Awareness(new Y.Doc());
  theirs.setLocalState(remoteState as Record<string, unknown>);
  applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote');
  return { mine, remoteId: theirs.clientID, text };
}

function cursorIn(text: Y.Text, index: number) {
  const position = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, index)) as unknown;
  return { anchor: position, head: position };
}

describe('EditorAwareness (what y-codemirror.next sees of presence)', () => {
  it('shows a well-formed remote caret, with its name and colours', () => {
    const doc = new Y.Doc();
    const text = doc.getMap('actions').set('a', new Y.Map()).set('notes', new Y.Text('Hello world'));
    const { mine, remoteId } = withRemote({ user: { name: 'Priya', color: '#b91c1c', colorLight: '#eec6c6' }, cursor: cursorIn(text, 6) });
    const states = new EditorAwareness(mine).getStates();
    expect([...states.keys()]).toEqual([remoteId]);
    expect(states.get(remoteId)?.user).toEqual({ name: 'Priya', color: '#b91c1c', colorLight: '#eec6c6' });
    expect(states.get(remoteId)?.cursor.anchor).toBeInstanceOf(Y.RelativePosition);
  });

  it('hides a viewer whose colour would inject CSS into the caret style (the full-screen overlay attack)', () => {
    const doc = new Y.Doc();
    const text = doc.getMap('actions').set('a', new Y.Map()).set('notes', new Y.Text('Hello world'));
    const { mine } = withRemote({ user: { name: 'Session expired', color: coveringColour, colorLight: coveringColour }, cursor: cursorIn(text, 6) });
    expect(mine.getStates().size).toBe(2);
    expect(new EditorAwareness(mine).getStates().size).toBe(0);
  });

  it('replaces a light colour with CSS in it by the main colour, lightened', () => {
    const doc = new Y.Doc();
    const text = doc.getMap('actions').set('a', new Y.Map()).set('notes', new Y.Text('Hello'));
    const { mine } = withRemote({ user: { name: 'Viewer', color: '#ff0000', colorLight: 'red; position:fixed' }, cursor: cursorIn(text, 1) });
    expect([...new EditorAwareness(mine).getStates().values()].map((state) => state.user.colorLight)).toEqual(['#ff000033']);
  });

  it.each([
    ['a name that is not text', { name: { toString: 'x' }, color: '#ff0000' }],
    ['a name longer than the board allows', { name: 'x'.repeat(500), color: '#ff0000' }],
    ['a name with control characters', { name: 'Line\nbreak', color: '#ff0000' }],
    ['a colour that is not #rrggbb', { name: 'Viewer', color: 'red' }],
    ['no user', undefined],
  ])('hides a remote caret with %s', (_, user) => {
    const doc = new Y.Doc();
    const text = doc.getMap('actions').set('a', new Y.Map()).set('notes', new Y.Text('Hello'));
    const { mine } = withRemote({ user, cursor: cursorIn(text, 1) });
    expect(new EditorAwareness(mine).getStates().size).toBe(0);
  });

  it.each([
    ['no cursor', undefined],
    ['a cursor that is text', 'anchor'],
    ['ids that are not numbers', { anchor: { type: { client: '__proto__', clock: 1 }, tname: null, item: null, assoc: 0 }, head: null }],
    ['a negative clock', { anchor: { type: null, tname: null, item: { client: 1, clock: -1 }, assoc: 0 }, head: { type: null, tname: null, item: { client: 1, clock: 1 }, assoc: 0 } }],
    ['a top-level type name', { anchor: { type: null, tname: 'constructor', item: null, assoc: 0 }, head: { type: null, tname: 'constructor', item: null, assoc: 0 } }],
    ['no position at all', { anchor: {}, head: {} }],
    ['an association that is not a number', { anchor: { type: null, tname: null, item: { client: 1, clock: 1 }, assoc: 'x' }, head: { type: null, tname: null, item: { client: 1, clock: 1 }, assoc: 0 } }],
  ])('hides a remote caret with %s', (_, cursor) => {
    const { mine } = withRemote({ user: { name: 'Viewer', color: '#ff0000' }, cursor });
    expect(new EditorAwareness(mine).getStates().size).toBe(0);
  });

  it('leaves out my own state, and forwards my writes and change events to the real awareness', () => {
    const { mine, remoteId } = withRemote({ user: { name: 'Priya', color: '#b91c1c' } });
    const filtered = new EditorAwareness(mine);
    expect(filtered.doc).toBe(mine.doc);
    expect(filtered.clientID).toBe(mine.clientID);
    const seen: unknown[] = [];
    const listener = (change: unknown) => seen.push(change);
    filtered.on('change', listener);
    filtered.setLocalStateField('cursor', { anchor: null, head: null });
    expect(filtered.getLocalState()).toEqual(mine.getLocalState());
    expect(mine.getLocalState()?.cursor).toEqual({ anchor: null, head: null });
    expect(seen).toHaveLength(1);
    filtered.off('change', listener);
    filtered.setLocalStateField('cursor', null);
    expect(seen).toHaveLength(1);
    expect(filtered.getStates().has(mine.clientID)).toBe(false);
    expect(filtered.getStates().has(remoteId)).toBe(false);
  });
});

describe('readRelativePosition and readEditorPeer', () => {
  it('round-trip a real relative position', () => {
    const text = new Y.Doc().getMap('actions').set('a', new Y.Map()).set('notes', new Y.Text('abc'));
    const position = Y.createRelativePositionFromTypeIndex(text, 2);
    expect(Y.compareRelativePositions(readRelativePosition(Y.relativePositionToJSON(position)), position)).toBe(true);
  });

  it('is null for a state that is not an object', () => {
    expect(readEditorPeer(null)).toBeNull();
    expect(readEditorPeer('user')).toBeNull();
    expect(readEditorPeer([])).toBeNull();
  });
});

describe('readPeer (the presence list, card badges and live pointers)', () => {
  it('reads a well-formed peer', () => {
    const state = { user: { name: 'Priya', organisation: 'Riverside NHS Trust', color: '#b91c1c' }, focus: { kind: 'action', id: 'abc', editing: true }, pointer: { x: 10, y: 20 } };
    expect(readPeer(7, state, true)).toMatchObject({ clientId: 7, name: 'Priya', organisation: 'Riverside NHS Trust', colour: '#b91c1c', focus: { kind: 'action', id: 'abc', editing: true }, pointer: { x: 10, y: 20 } });
    expect(readPeer(7, state, false)?.pointer).toBeUndefined();
  });

  it('replaces a colour with CSS in it and drops a bad organisation, focus and pointer', () => {
    const state = {
      user: { name: 'Viewer', organisation: { evil: true }, color: coveringColour },
      focus: { kind: '__proto__', id: 'abc' },
      pointer: { x: Number.POSITIVE_INFINITY, y: '5' },
    };
    const peer = readPeer(7, state, true);
    expect(peer).toMatchObject({ clientId: 7, name: 'Viewer', organisation: '', colour: '#475569' });
    expect(peer?.focus).toBeUndefined();
    expect(peer?.pointer).toBeUndefined();
  });

  it.each([
    ['an id that is not text', { kind: 'goal', id: { length: 1 } }],
    ['an id far too long', { kind: 'goal', id: 'x'.repeat(1000) }],
    ['an unknown kind', { kind: 'risk', id: 'abc' }],
  ])('leaves out a focus with %s', (_, focus) => {
    expect(readPeer(7, { user: { name: 'Viewer', color: '#ff0000' }, focus }, false)?.focus).toBeUndefined();
  });

  it('does not show a peer without a proper name', () => {
    expect(readPeer(7, { user: { name: 'x'.repeat(121), color: '#ff0000' } }, false)).toBeNull();
    expect(readPeer(7, { user: { name: '   ', color: '#ff0000' } }, false)).toBeNull();
    expect(readPeer(7, { user: 'Viewer' }, false)).toBeNull();
    expect(readPeer(7, null, false)).toBeNull();
  });
});
