import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * One entry of a y-protocols awareness update: the presence state a client published at `clock`.
 * `state` is the JSON text as sent; `'null'` means the client is gone.
 */
export interface PresenceEntry {
  clientId: number;
  clock: number;
  state: string;
}

/** Reads every entry of an awareness update; throws on a truncated update or a state that is not JSON. */
export function readPresenceEntries(update: Uint8Array): PresenceEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: PresenceEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    JSON.parse(state);
    entries.push({ clientId, clock, state });
  }
  if (decoding.hasContent(decoder)) throw new Error('bytes left over after the last entry');
  return entries;
}

/** Encodes entries as an awareness update, the inverse of readPresenceEntries. */
export function encodePresenceEntries(entries: readonly PresenceEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
