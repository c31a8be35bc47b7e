/**
 * A binary WebSocket message from the server, framed for the wire once (RFC 6455 section 5.2: FIN,
 * opcode 2, no mask, as a server sends) so that a board shares one buffer with all its connections
 * instead of `ws` framing the same message again for each: one write per reader, no header to
 * allocate and no corked pair of writes. Payload lengths up to 2^53 - 1 bytes.
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
