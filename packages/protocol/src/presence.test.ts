import { describe, expect, it } from 'vitest';
import { limits } from './api';
import { presenceUnknownKeysAllowed, readPresenceState } from './presence';

const app = {
  user: { name: 'Ann Jones', organisation: 'Northshire NHS Trust', partnerId: 'V1StGXR8_Z5jdHi6B-myT', color: '#1d4ed8', colorLight: '#c6d3f5' },
  focus: { kind: 'action', id: 'V1StGXR8_Z5jdHi6B-myT', editing: true },
  pointer: { x: 120.5, y: -4 },
  cursor: {
    anchor: { type: null, tname: null, item: { client: 2_934_112_001, clock: 17 }, assoc: 0 },
    head: { type: { client: 5, clock: 0 }, tname: null, item: null, assoc: -1 },
  },
  following: true,
};

describe('presence state', () => {
  it('accepts what the web app publishes, and what a stock client starts with', () => {
    expect(readPresenceState(app)).toEqual(app);
    expect(readPresenceState({ ...app, focus: null, pointer: null, cursor: null })).not.toBeNull();
    expect(readPresenceState({})).toEqual({});
  });

  it.each([
    ['a colour that is more than a colour', { user: { ...app.user, color: '#f00; position:fixed; inset:0' } }],
    ['a light colour that is a CSS expression', { user: { ...app.user, colorLight: 'url(https://evil.example/x.png)' } }],
    ['a named colour', { user: { ...app.user, color: 'red' } }],
    ['a name with a control character', { user: { ...app.user, name: 'Ann\u0000Jones' } }],
    ['a name that reverses itself', { user: { ...app.user, name: 'Ann \u202eenoJ' } }],
    ['a name past the display-name limit', { user: { ...app.user, name: 'x'.repeat(limits.displayName + 1) } }],
    ['a name that is not text', { user: { ...app.user, name: { toString: 'Ann' } } }],
    ['an unknown field in user', { user: { ...app.user, style: 'display:none' } }],
    ['a focus on something that is not a goal or action', { focus: { kind: 'person', id: 'abc', editing: false } }],
    ['a focus id that is not an id', { focus: { kind: 'goal', id: '../../etc', editing: false } }],
    ['following that is not yes or no', { following: 'yes' }],
    ['a pointer that is not a number', { pointer: { x: '10', y: 0 } }],
    ['a pointer far outside any board', { pointer: { x: 1e300, y: 0 } }],
    ['a caret without a head', { cursor: { anchor: app.cursor.anchor } }],
    ['a caret with a negative clock', { cursor: { ...app.cursor, head: { item: { client: 1, clock: -1 } } } }],
    ['a caret with extra fields', { cursor: { ...app.cursor, anchor: { ...app.cursor.anchor, evil: true } } }],
    ['a prototype key', JSON.parse('{"__proto__": {"user": {"color": "#f00; inset:0"}}}') as unknown],
    ['a constructor key', { constructor: 'x' }],
    ['too many unknown keys', Object.fromEntries(Array.from({ length: presenceUnknownKeysAllowed + 1 }, (_, i) => [`extra${i}`, i]))],
    ['a state that is not an object', ['user']],
    ['a state that is text', 'Ann'],
  ])('refuses %s', (_what, state) => {
    expect(readPresenceState(state)).toBeNull();
  });

  it(`allows ${presenceUnknownKeysAllowed} keys it does not know, for a slightly newer client`, () => {
    const extra = Object.fromEntries(Array.from({ length: presenceUnknownKeysAllowed }, (_, i) => [`extra${i}`, i]));
    expect(readPresenceState({ ...app, ...extra })).toEqual({ ...app, ...extra });
  });
});
