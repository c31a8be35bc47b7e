import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { encodeCustomMessage, encodeNotice, messageCustom, messageNotice, readCustomMessage, readNotice, readServerTimeRequest } from './messages';

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

describe('custom messages', () => {
  it('round-trips a type name and a JSON body behind the messageCustom type', () => {
    const decoder = decoding.createDecoder(encodeCustomMessage('server-time', { clientTime: 1234 }));
    expect(decoding.readVarUint(decoder)).toBe(messageCustom);
    expect(readCustomMessage(decoder)).toEqual({ type: 'server-time', body: { clientTime: 1234 } });
    expect(decoding.hasContent(decoder)).toBe(false);
  });

  it('throws on a body that is not JSON, so that a server can refuse the frame', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, 'vote');
    encoding.writeVarString(encoder, '{not json');
    expect(() => readCustomMessage(decoding.createDecoder(encoding.toUint8Array(encoder)))).toThrow();
  });

  it('reads a server-time request with or without the client clock, and nothing else', () => {
    expect(readServerTimeRequest({ clientTime: 5 })).toEqual({ clientTime: 5 });
    expect(readServerTimeRequest({})).toEqual({});
    expect(readServerTimeRequest({ clientTime: 'noon' })).toBeNull();
  });
});
