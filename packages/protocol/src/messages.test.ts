import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { encodeNotice, messageNotice, readNotice } from './messages';

function readFrame(frame: Uint8Array) {
  const decoder = decoding.createDecoder(frame);
  return { type: decoding.readVarUint(decoder), notice: readNotice(decoder) };
}

describe('notice messages', () => {
  it('round-trips a write-refused notice behind the messageNotice type', () => {
    const frame = encodeNotice({ kind: 'write-refused', message: 'This link is view only' });
    expect(readFrame(frame)).toEqual({
      type: messageNotice,
      notice: { kind: 'write-refused', message: 'This link is view only' },
    });
  });

  it('reads a notice of an unknown kind as null so an older client can ignore it', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageNotice);
    encoding.writeVarString(encoder, JSON.stringify({ kind: 'from-the-future', message: 'hi' }));
    expect(readFrame(encoding.toUint8Array(encoder)).notice).toBeNull();
  });

  it('reads a payload that is not JSON as null', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageNotice);
    encoding.writeVarString(encoder, '{not json');
    expect(readFrame(encoding.toUint8Array(encoder)).notice).toBeNull();
  });
});
