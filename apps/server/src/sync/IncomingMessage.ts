import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { messageAwareness, messageCustom, messageQueryAwareness, messageSync, readCustomMessage } from '@partnerboard/protocol';
import { readPresenceEntries, type PresenceEntry } from './presenceEntries.ts';
import type { DecodedUpdate } from './updateChanges.ts';

/** A y-websocket message (or a Partnerboard custom message) a client may send, decoded and checked before anything acts on it. */
export type IncomingMessage =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'document-update'; update: Uint8Array; decoded: DecodedUpdate; step: 'sync-step2' | 'update' }
  | { kind: 'awareness'; entries: PresenceEntry[] }
  | { kind: 'query-awareness' }
  | { kind: 'custom'; type: string; body: unknown };

/** A frame that is not a message the server accepts; `reason` goes to the log. */
export class MalformedMessageError extends Error {
  override readonly name = 'MalformedMessageError';
}

function attempt<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new MalformedMessageError(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Decodes one frame. Everything is validated here: the state vector, the Yjs update (decoded in
 * full, so an update Yjs cannot read never reaches storage or the room's document) and the
 * awareness update. A frame with bytes left over after its message is malformed too.
 */
export function readIncomingMessage(frame: Uint8Array): IncomingMessage {
  const decoder = decoding.createDecoder(frame);
  const type = attempt('message type', () => decoding.readVarUint(decoder));
  let message: IncomingMessage;
  switch (type) {
    case messageSync:
      message = readSyncMessage(decoder);
      break;
    case messageAwareness: {
      const update = attempt('awareness message', () => decoding.readVarUint8Array(decoder));
      // Every entry is read here, so a bad one is caught before any presence changes.
      message = { kind: 'awareness', entries: attempt('awareness update', () => readPresenceEntries(update)) };
      break;
    }
    case messageQueryAwareness:
      message = { kind: 'query-awareness' };
      break;
    case messageCustom:
      message = { kind: 'custom', ...attempt('custom message', () => readCustomMessage(decoder)) };
      break;
    default:
      throw new MalformedMessageError(`unknown message type ${type}`);
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessageError('bytes left over after the message');
  return message;
}

/**
 * Refuses an item or a deletion of length 0. Yjs never writes one, and reads both, but applying
 * one can throw while Yjs finishes its transaction ("Unexpected case"), and leave the document
 * inside that transaction: it then shares no update again (the reliability suite's fuzzing found it).
 */
function checkLengths({ structs, ds }: DecodedUpdate): void {
  for (const struct of structs) {
    if (struct.length < 1) throw new MalformedMessageError(`document update: an item of length ${struct.length}`);
  }
  for (const deletions of ds.clients.values()) {
    for (const { len } of deletions) if (len < 1) throw new MalformedMessageError(`document update: a deletion of length ${len}`);
  }
}

function readSyncMessage(decoder: decoding.Decoder): IncomingMessage {
  const step = attempt('sync message type', () => decoding.readVarUint(decoder));
  const payload = attempt('sync message', () => decoding.readVarUint8Array(decoder));
  switch (step) {
    case syncProtocol.messageYjsSyncStep1:
      attempt('state vector', () => Y.decodeStateVector(payload));
      return { kind: 'sync-step1', stateVector: payload };
    case syncProtocol.messageYjsSyncStep2:
    case syncProtocol.messageYjsUpdate: {
      const decoded = attempt('document update', () => Y.decodeUpdate(payload));
      checkLengths(decoded);
      return { kind: 'document-update', update: payload, decoded, step: step === syncProtocol.messageYjsUpdate ? 'update' : 'sync-step2' };
    }
    default:
      throw new MalformedMessageError(`unknown sync message type ${step}`);
  }
}
