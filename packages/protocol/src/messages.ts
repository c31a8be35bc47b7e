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

/**
 * Opt-in Partnerboard extension: a custom message, a typed channel beside sync and awareness that a
 * server feature registers without touching the sync core. Sent only to connections that asked with
 * `ext=1`, so a stock y-websocket client never sees one. Payload: a varString type name, then a
 * varString of JSON body.
 */
export const messageCustom = 101;

/** A custom message as read from a frame: its type name and its JSON body, not yet checked. */
export interface CustomMessage {
  type: string;
  body: unknown;
}

/** Custom message type: the client asks for the server's clock, the server answers with it. */
export const serverTimeMessage = 'server-time';

const serverTimeRequestSchema = z.object({ clientTime: z.optional(z.number()) });
/** What a client sends to ask for the server's clock: its own clock, echoed back so it can measure the round trip. */
export type ServerTimeRequest = z.infer<typeof serverTimeRequestSchema>;
/** The server's answer: its clock (ms since 1970) when it answered, and the client's clock as sent. */
export interface ServerTimeAnswer {
  serverTime: number;
  clientTime: number | null;
}

/** A server-time request's body, or null when it is not one. */
export function readServerTimeRequest(body: unknown): ServerTimeRequest | null {
  const parsed = serverTimeRequestSchema.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/** Encodes a custom message as one frame ready to send. */
export function encodeCustomMessage(type: string, body: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageCustom);
  encoding.writeVarString(encoder, type);
  encoding.writeVarString(encoder, JSON.stringify(body));
  return encoding.toUint8Array(encoder);
}

/**
 * Reads a custom message from a decoder positioned just after the message type. Throws when the
 * bytes are not a type name and a JSON body, so that a server can refuse the frame.
 */
export function readCustomMessage(decoder: decoding.Decoder): CustomMessage {
  const type = decoding.readVarString(decoder);
  const body: unknown = JSON.parse(decoding.readVarString(decoder));
  return { type, body };
}
