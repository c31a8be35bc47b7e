import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { createAction, createGoal, initBoard, textField } from '@partnerboard/board';
import { messageAwareness, messageQueryAwareness, messageSync } from '@partnerboard/protocol';
import type { Random } from './random.ts';

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  return frame((encoder) => {
    encoding.writeVarUint(encoder, messageSync);
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
  });
}

/** Valid messages of every kind a client sends, built from a real board: the seeds for mutation. */
export function validFrames(random: Random): Uint8Array[] {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Fuzzed board', template: 'hospital-discharge' });
  const before = Y.encodeStateVector(doc);
  const goal = createGoal(doc, { title: 'Home within 48 hours' });
  const action = createAction(doc, { title: 'Book transport', goalId: goal });
  textField(doc, 'actions', action, 'notes').insert(0, 'Ambulance booked for Tuesday.');
  const edit = Y.encodeStateAsUpdate(doc, before);
  const deletion = new Y.Doc();
  deletion.getMap('goals').set('a', 'x');
  deletion.getMap('goals').delete('a');
  const presence = new awarenessProtocol.Awareness(new Y.Doc());
  presence.setLocalState({ user: { name: 'Ann Jones', organisation: 'City Hospital', color: '#1d4ed8' }, pointer: { x: 10, y: 20 } });
  const awareness = frame((encoder) => {
    encoding.writeVarUint(encoder, messageAwareness);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(presence, [presence.clientID]));
  });
  presence.destroy();
  return [
    syncFrame(syncProtocol.messageYjsSyncStep1, Y.encodeStateVector(new Y.Doc())),
    syncFrame(syncProtocol.messageYjsSyncStep1, Y.encodeStateVector(doc)),
    syncFrame(syncProtocol.messageYjsSyncStep2, Y.encodeStateAsUpdate(doc)),
    syncFrame(syncProtocol.messageYjsUpdate, edit),
    syncFrame(syncProtocol.messageYjsUpdate, Y.encodeStateAsUpdate(deletion)),
    syncFrame(syncProtocol.messageYjsUpdate, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc))),
    awareness,
    Uint8Array.of(messageQueryAwareness),
    random.bytes(8),
  ];
}

function concat(...parts: (Uint8Array | readonly number[])[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

/** A length no frame can hold, as a varint: 2^32 - 1 or 2^53 - 1. */
function hugeLength(random: Random): number[] {
  return random.next() < 0.5 ? [0xff, 0xff, 0xff, 0xff, 0x0f] : [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f];
}

type Mutation = (seed: Uint8Array, random: Random, corpus: readonly Uint8Array[]) => Uint8Array;

/** Ways to spoil a valid frame, each a kind of bad input a broken or hostile client sends. */
export const mutations: Record<string, Mutation> = {
  'flipped bits': (seed, random) => {
    const bytes = seed.slice();
    for (let i = random.int(1, 4); i > 0; i -= 1) {
      const at = random.int(0, bytes.length - 1);
      bytes[at] = (bytes[at] ?? 0) ^ (1 << random.int(0, 7));
    }
    return bytes;
  },
  'random bytes overwritten': (seed, random) => {
    const bytes = seed.slice();
    const at = random.int(0, bytes.length - 1);
    bytes.set(random.bytes(Math.min(random.int(1, 16), bytes.length - at)), at);
    return bytes;
  },
  truncated: (seed, random) => seed.slice(0, random.int(0, seed.length - 1)),
  'truncated varint': (seed, random) => concat(seed.subarray(0, random.int(0, 2)), [0x80 | random.int(0, 127)]),
  'huge length': (seed, random) => {
    const at = random.int(1, Math.min(3, seed.length));
    return concat(seed.subarray(0, at), hugeLength(random), seed.subarray(at));
  },
  'wrong message type': (seed, random) => concat([random.int(0, 255)], seed.subarray(1)),
  'wrong sync step': (seed, random) => concat([messageSync, random.int(0, 255)], seed.subarray(2)),
  'extra bytes': (seed, random) => concat(seed, random.bytes(random.int(1, 32))),
  'two messages in one frame': (seed, random, corpus) => concat(seed, random.pick(corpus)),
  'random bytes': (_seed, random) => random.bytes(random.int(0, 512)),
  // Random kilobytes repeated: as hard to decode as fully random ones, and cheaper to make.
  'a large random frame': (_seed, random) => {
    const block = random.bytes(1024);
    return concat(...Array.from({ length: random.int(16, 200) }, () => block));
  },
  unchanged: (seed) => seed,
};

/** One fuzzed frame: a valid message spoiled in a random way. */
export function fuzzedFrame(random: Random, corpus: readonly Uint8Array[]): { frame: Uint8Array; mutation: string } {
  const names = Object.keys(mutations);
  // Large frames are costly to send: keep them rare.
  let mutation = random.pick(names);
  if (mutation === 'a large random frame' && random.next() < 0.9) mutation = 'flipped bits';
  const mutate = mutations[mutation];
  if (!mutate) throw new Error(`no mutation ${mutation}`);
  return { frame: mutate(random.pick(corpus), random, corpus), mutation };
}
