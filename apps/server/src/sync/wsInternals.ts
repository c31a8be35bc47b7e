import type { Duplex } from 'node:stream';

// Every use the server makes of what lies under `ws`: the bytes it reads from the stream under a
// socket, and frames it writes itself to that stream. wsInternals.test.ts pins what this relies on
// to the installed `ws`: that bytes are counted before `ws` emits their message, that a client reads
// these frames unchanged, and that `ws` writes each message it sends to the stream at once, so that
// both kinds of write reach the client in the order they were made.

/**
 * Calls `arrived` with each chunk's size as it is read from the stream under a `ws` socket, before
 * `ws` reads the same bytes (it emits a message only once it has all of it).
 */
export function onBytesArriving(wire: Duplex, arrived: (bytes: number) => void): void {
  wire.prependListener('data', (chunk: Buffer) => arrived(chunk.byteLength));
}

/** Writes a frame made by frameBinary to the stream under a `ws` socket, beside what `ws` itself writes. */
export function writeFramed(wire: Duplex, framed: Buffer): void {
  wire.write(framed);
}

/**
 * A binary WebSocket message from the server, framed for the wire once (RFC 6455 section 5.2: FIN,
 * opcode 2, no mask, as a server sends) so that a board shares one buffer with all its connections
 * instead of `ws` framing the same message again for each.
 */
export function frameBinary(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const headerLength = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const framed = Buffer.allocUnsafe(headerLength + length);
  framed[0] = 0x82;
  if (length < 126) {
    framed[1] = length;
  } else if (length < 65_536) {
    framed[1] = 126;
    framed.writeUInt16BE(length, 2);
  } else {
    framed[1] = 127;
    framed.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    framed.writeUInt32BE(length >>> 0, 6);
  }
  framed.set(payload, headerLength);
  return framed;
}
