import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { messageAwareness, messageQueryAwareness } from '@partnerboard/protocol';
import { encodePresenceEntries, readPresenceEntries, type PresenceEntry } from '../src/sync/presenceEntries.ts';
import { messageType } from './frames.ts';
import type { RawSocket } from './support.ts';

/** An awareness frame carrying `entries`, each state given as a value (it is sent as JSON). */
export function presenceFrame(entries: { clientId: number; clock: number; state: unknown }[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAwareness);
  encoding.writeVarUint8Array(encoder, encodePresenceEntries(entries.map((entry) => ({ ...entry, state: JSON.stringify(entry.state) }))));
  return encoding.toUint8Array(encoder);
}

/** The entries of an awareness frame. */
export function entriesIn(frame: Uint8Array): PresenceEntry[] {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarUint(decoder);
  return readPresenceEntries(decoding.readVarUint8Array(decoder));
}

export const isPresence = (frame: Uint8Array) => messageType(frame) === messageAwareness;

/** Everyone the server holds as present, as it answers `socket`'s query (answered after everything `socket` sent before): client id to state. */
export async function presentOn(socket: RawSocket): Promise<Map<number, Record<string, unknown>>> {
  const answer = socket.nextFrameWhere(isPresence);
  socket.socket.send(Uint8Array.of(messageQueryAwareness));
  const present = new Map<number, Record<string, unknown>>();
  for (const { clientId, state } of entriesIn(await answer)) if (state !== 'null') present.set(clientId, JSON.parse(state) as Record<string, unknown>);
  return present;
}
