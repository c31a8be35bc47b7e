import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createAction, createGoal, limits } from '@partnerboard/board';
import { encodeCustomMessage, messageAwareness, messageCustom, messageNotice, messageSync, readCustomMessage, readNotice, type CustomMessage, type Notice } from '@partnerboard/protocol';

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A sync update frame, as y-websocket sends a local change. */
export function updateFrame(update: Uint8Array): Uint8Array {
  return frame((encoder) => {
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeUpdate(encoder, update);
  });
}

/** A sync message of any `step` (1, 2 or update, or a type that does not exist) carrying `payload`. */
export function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  return frame((encoder) => {
    encoding.writeVarUint(encoder, messageSync);
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
  });
}

/** A sync step 2 frame, as y-websocket answers the server's step 1 (on every connect). */
export function step2Frame(update: Uint8Array): Uint8Array {
  return syncFrame(syncProtocol.messageYjsSyncStep2, update);
}

/** The payload of a sync frame: the update of a step 2 or update message. */
export function syncPayload(received: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(received);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}

/** Sync step 1 for an empty document: the server answers with sync step 2 holding the whole board. */
export function emptyStep1Frame(): Uint8Array {
  return frame((encoder) => {
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  });
}

export function awarenessFrame(awareness: awarenessProtocol.Awareness): Uint8Array {
  return frame((encoder) => {
    encoding.writeVarUint(encoder, messageAwareness);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]));
  });
}

/**
 * An edit from a client the server has never seen: a new goal, and actions whose notes hold `text`
 * (split over as many actions as it takes, limits.longText each), so that the whole of it reaches everyone.
 */
export function someEdit(text = 'Written by someone who may not write'): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    const elsewhereGoal = createGoal(doc, { title: 'Pasted' });
    for (let start = 0; start < Math.max(text.length, 1); start += limits.longText) {
      createAction(doc, { title: 'Pasted', goalId: elsewhereGoal, notes: text.slice(start, start + limits.longText) });
    }
  });
  return Y.encodeStateAsUpdate(doc);
}

export function messageType(received: Uint8Array): number {
  return decoding.readVarUint(decoding.createDecoder(received));
}

export function isSyncStep2(received: Uint8Array): boolean {
  const decoder = decoding.createDecoder(received);
  return decoding.readVarUint(decoder) === messageSync && decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2;
}

/** A custom message frame, as a client that opted in (ext=1) sends one. */
export function customFrame(type: string, body: unknown): Uint8Array {
  return encodeCustomMessage(type, body);
}

/** The custom message a frame holds, or null when it holds something else. */
export function customIn(received: Uint8Array): CustomMessage | null {
  const decoder = decoding.createDecoder(received);
  return decoding.readVarUint(decoder) === messageCustom ? readCustomMessage(decoder) : null;
}

export function noticeIn(received: Uint8Array): Notice | null {
  const decoder = decoding.createDecoder(received);
  return decoding.readVarUint(decoder) === messageNotice ? readNotice(decoder) : null;
}

/**
 * An update that Y.decodeUpdate reads but Y.applyUpdate throws on part-way through ("Cannot read
 * properties of undefined (reading 'id')"), after integrating some of it: a client (id
 * 424242) creating a goal, with three bytes changed at random. Found by flipping bytes of real
 * updates until one did this on an empty document and on two boards.
 */
export const refusedPartWayClient = 424242;
export const refusedPartWayUpdate: Uint8Array = Buffer.from(
  'AQ2y8hkAJwEFZ29hbHMVSDBiZnhVMTMxSnNCaVA5V2ltUXZQASgAsvIZAAV0aXRsZQF3BEdvYWwnALLyGQALZGVzY3JpcHRpb24CKACy8hkADnN1Y2Nlc3NNZWFzdXJlAXcAKACy8hkOB293bmVySWQBficAsvIZAApwYXJ0bmVySWRzASgAsvIZAAZzdGF0dXMBdwtub3Rfc3RhcnRlZCcAsvIZAA1zdGF0dXNIaXN0b3J5AAgAsvIZBwF2AwZzdGF0dXN3C25vdF9zdGFydGVkAmF0dxgyAjI2LTExLTI1VDIxOjM2OjE4LjIzMloCYnl+KACy8hkACnRhcmdldERhdGUBfigAsvIZAAVvcmRlcgF3AmE1KACy8hkACWNyZWF0ZWRBdAF3GDIwMjYtMTEtMjVUMjE6MzY6MTguMjMyWigAsvIZAAljcmVhdGVkQnkBfgA=',
  'base64',
);

/**
 * An update Yjs integrates and then throws on ("Unexpected case") while finishing its transaction:
 * an item of length 0 in the goals map, and a deletion. Found by the soak's protocol fuzzing (seed
 * 366800290), 28 bytes, and it does the same on an empty document. Yjs then leaves the transaction
 * registered, and a document that had applied it shared no update again.
 */
export const unfinishedTransactionUpdate: Uint8Array = Uint8Array.from([
  1, 1, 157, 163, 215, 204, 2, 0, 33, 1, 5, 103, 111, 97, 108, 115, 1, 97, 0, 1, 157, 163, 215, 212, 2, 1, 0, 17,
]);
