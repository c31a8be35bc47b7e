import { describe, expect, it } from 'vitest';
import { knownLinks } from './currentLinks';

describe('the share links a facilitator’s device can show', () => {
  const server = { facilitator: 'f-server', editor: 'e-server', viewer: 'v-server' };

  it('are the server’s, over whatever this browser remembers', () => {
    expect(knownLinks({ status: 'ready', tokens: server }, { facilitator: 'f-server', editor: 'e-old', viewer: 'v-old' })).toEqual({
      facilitator: { kind: 'shown', token: 'f-server', onlyHere: false },
      editor: { kind: 'shown', token: 'e-server', onlyHere: false },
      viewer: { kind: 'shown', token: 'v-server', onlyHere: false },
    });
  });

  it('fall back to this browser’s memory for a link the server cannot show, saying so, and say when neither knows it', () => {
    const links = knownLinks({ status: 'ready', tokens: { ...server, editor: null, viewer: null } }, { editor: 'e-here' });
    expect(links.editor).toEqual({ kind: 'shown', token: 'e-here', onlyHere: true });
    expect(links.viewer).toEqual({ kind: 'made-before' });
  });

  it('show what this browser remembers while the server is asked or cannot be reached', () => {
    expect(knownLinks({ status: 'loading' }, { editor: 'e-here' })).toMatchObject({ editor: { kind: 'shown', token: 'e-here', onlyHere: false }, viewer: { kind: 'loading' } });
    expect(knownLinks({ status: 'failed', message: 'Offline' }, {})).toMatchObject({ viewer: { kind: 'unreachable', message: 'Offline' } });
  });
});
