import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../logger.ts';
import { Metrics } from '../metrics.ts';
import type { Peer } from './Peer.ts';
import type { RoomContext, RoomExtension, Write } from './RoomExtension.ts';
import { RoomHooks } from './RoomHooks.ts';

function roomFor(): RoomContext {
  return { boardId: 'board', doc: new Y.Doc(), log: createLogger('silent'), metrics: new Metrics({ connections: () => 0, boardsLoaded: () => 0, sendBufferBytes: () => 0, incomingBytes: () => 0 }), peers: new Set(), state: new Map() } as unknown as RoomContext;
}

const write = { update: new Uint8Array(), from: {} as Peer, parts: new Set(['goals']) } satisfies Write;

describe('RoomHooks', () => {
  it('runs each hook in the order the extensions were given, and the first refusal wins', () => {
    const calls: string[] = [];
    const extension = (name: string, refuses: boolean): RoomExtension => ({
      name,
      onLoad: () => calls.push(`${name} load`),
      beforeCommit: () => {
        calls.push(`${name} before`);
        return refuses ? { reason: 'part_not_allowed', problem: `${name} refused` } : null;
      },
    });
    const hooks = new RoomHooks([extension('first', false), extension('second', true), extension('third', true)], roomFor());
    hooks.onLoad();
    expect(hooks.beforeCommit(write)?.problem).toBe('second refused');
    expect(calls).toEqual(['first load', 'second load', 'third load', 'first before', 'second before']);
  });

  it('refuses two extensions that handle the same custom message type', () => {
    const handles = (name: string): RoomExtension => ({ name, messages: { vote: () => {} } });
    expect(() => new RoomHooks([handles('one'), handles('two')], roomFor())).toThrow(/vote/);
  });

  it('goes on with the other extensions when one throws after a commit', () => {
    const seen: string[] = [];
    const hooks = new RoomHooks(
      [
        {
          name: 'broken',
          afterCommit: () => {
            throw new Error('broken');
          },
        },
        { name: 'working', afterCommit: () => void seen.push('working') },
      ],
      roomFor(),
    );
    hooks.afterCommit([write]);
    expect(seen).toEqual(['working']);
  });
});
