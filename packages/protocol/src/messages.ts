import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as z from 'zod/mini';

/** y-websocket message types (the first varUint of every frame), as in y-websocket and @y/websocket-server. */
export const messageSync = 0;
export const messageAwareness = 1;
export const messageAuth = 2;
export const messageQueryAwareness = 3;

/**
 * Opt-in Partnerboard extension: a notice for the user. The server sends it only to connections
 * that asked for it with the query parameter `ext=1`, so a stock y-websocket client never sees it.
 * Payload: a varString of JSON `Notice`. Register `provider.messageHandlers[messageNotice]` to read it.
 */
export const messageNotice = 100;

/** Query parameter a client sets (`ext=1`) to opt in to `messageNotice`. */
export const extensionParam = 'ext';

export const noticeKinds = ['write-refused'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

const noticeSchema = z.object({ kind: z.enum(noticeKinds), message: z.string() });
export type Notice = z.infer<typeof noticeSchema>;

/** Writes a complete notice frame (message type and payload) to `encoder`. */
export function writeNotice(encoder: encoding.Encoder, notice: Notice): void {
  encoding.writeVarUint(encoder, messageNotice);
  encoding.writeVarString(encoder, JSON.stringify(notice));
}

/** Encodes a notice as one frame ready to send. */
export function encodeNotice(notice: Notice): Uint8Array {
  const encoder = encoding.createEncoder();
  writeNotice(encoder, notice);
  return encoding.toUint8Array(encoder);
}

/**
 * Reads a notice payload from a decoder positioned just after the message type (as a
 * y-websocket `messageHandlers` entry receives it). Returns null for a notice this client does
 * not understand (e.g. a kind added by a newer server), so the caller can ignore it.
 */
export function readNotice(decoder: decoding.Decoder): Notice | null {
  let json: unknown;
  try {
    json = JSON.parse(decoding.readVarString(decoder));
  } catch {
    return null;
  }
  const parsed = noticeSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
