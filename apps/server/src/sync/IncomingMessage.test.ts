import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeCustomMessage, messageAwareness, messageCustom, messageQueryAwareness, messageSync } from '@partnerboard/protocol';
import { MalformedMessageError, readIncomingMessage } from './IncomingMessage.ts';

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function anUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('goals').set('g1', 'Home within 48 hours');
  return Y.encodeStateAsUpdate(doc);
}

describe('readIncomingMessage', () => {
  it('reads a custom message as its type name and JSON body', () => {
    expect(readIncomingMessage(encodeCustomMessage('vote', { choice: 'yes' }))).toEqual({ kind: 'custom', type: 'vote', body: { choice: 'yes' } });
  });

  it('refuses a custom message whose body is not JSON', () => {
    const bad = frame((e) => (encoding.writeVarUint(e, messageCustom), encoding.writeVarString(e, 'vote'), encoding.writeVarString(e, '{')));
    expect(() => readIncomingMessage(bad)).toThrow(MalformedMessageError);
  });

  it('reads sync step 1 as y-websocket writes it', () => {
    const doc = new Y.Doc();
    const message = readIncomingMessage(frame((e) => (encoding.writeVarUint(e, messageSync), syncProtocol.writeSyncStep1(e, doc))));
    expect(message).toEqual({ kind: 'sync-step1', stateVector: Y.encodeStateVector(doc) });
  });

  it('reads sync step 2 and update messages as document updates', () => {
    const update = anUpdate();
    const step2 = frame((e) => {
      encoding.writeVarUint(e, messageSync);
      encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
      encoding.writeVarUint8Array(e, update);
    });
    const live = frame((e) => (encoding.writeVarUint(e, messageSync), syncProtocol.writeUpdate(e, update)));
    expect(readIncomingMessage(step2)).toMatchObject({ kind: 'document-update', update, step: 'sync-step2' });
    expect(readIncomingMessage(live)).toMatchObject({ kind: 'document-update', update, step: 'update' });
  });

  it('refuses an item or a deletion of length 0, which Yjs reads but can throw on while finishing its transaction', () => {
    const frameOf = (update: Uint8Array) => frame((e) => (encoding.writeVarUint(e, messageSync), syncProtocol.writeUpdate(e, update)));
    // What fuzzing found: an item of length 0 (deleted content) in the goals map, and a deletion.
    const emptyItem = Uint8Array.from([1, 1, 157, 163, 215, 204, 2, 0, 33, 1, 5, 103, 111, 97, 108, 115, 1, 97, 0, 1, 157, 163, 215, 212, 2, 1, 0, 17]);
    expect(() => readIncomingMessage(frameOf(emptyItem))).toThrow(new MalformedMessageError('document update: an item of length 0'));
    // No structs, and one client's deletions [2, 1), [5, 1), [8, 0).
    const emptyDeletion = Uint8Array.from([0, 1, 205, 227, 237, 228, 14, 3, 2, 1, 5, 1, 8, 0]);
    expect(() => readIncomingMessage(frameOf(emptyDeletion))).toThrow(new MalformedMessageError('document update: a deletion of length 0'));
  });

  it('reads awareness and awareness queries', () => {
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalState({ user: { name: 'Ann Jones' } });
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]);
    const message = frame((e) => (encoding.writeVarUint(e, messageAwareness), encoding.writeVarUint8Array(e, update)));
    expect(readIncomingMessage(message)).toEqual({
      kind: 'awareness',
      entries: [{ clientId: awareness.clientID, clock: 1, state: JSON.stringify({ user: { name: 'Ann Jones' } }) }],
    });
    expect(readIncomingMessage(Uint8Array.of(messageQueryAwareness))).toEqual({ kind: 'query-awareness' });
  });

  it.each([
    ['an empty frame', new Uint8Array()],
    ['an unknown message type', Uint8Array.of(9)],
    ['an auth message (servers send those, clients do not)', Uint8Array.of(2, 0)],
    ['a truncated sync message', Uint8Array.of(messageSync, 2, 40, 1, 2)],
    ['an unknown sync step', Uint8Array.of(messageSync, 5, 0)],
    ['an update Yjs cannot decode', Uint8Array.of(messageSync, 2, 3, 0xff, 0xff, 0x7f)],
    ['awareness with a state that is not JSON', Uint8Array.of(messageAwareness, 5, 1, 1, 1, 1, 123)],
    ['a message followed by extra bytes', Uint8Array.of(messageQueryAwareness, 0)],
  ])('refuses %s', (_what, bytes) => {
    expect(() => readIncomingMessage(bytes)).toThrow(MalformedMessageError);
  });
});
