import * as z from 'zod/mini';
import { limits } from './api';

/**
 * What one client may publish as its presence (y-protocols awareness state): who it is, what it
 * looks at, where its pointer and its caret in a text are. The server drops any state that does
 * not fit, so that nothing another client reads from presence (a colour pasted into a style, a
 * name shown in a list) can be more than this.
 */

/** Largest presence state one client may publish, in bytes of JSON: a name, a colour, a focus, a pointer, a caret. */
export const presenceStateMaxBytes = 8 * 1024;

/** Top-level keys beyond the known ones a state may carry, for a client a little newer than this server. */
export const presenceUnknownKeysAllowed = 4;

// C0 and C1 controls, and the bidirectional overrides that can make a name read as another.
const controlCharacters = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

function plainText(maxLength: number) {
  return z
    .string()
    .check(
      z.maxLength(maxLength),
      z.refine((text) => !controlCharacters.test(text), 'must be plain text without control characters'),
    );
}

/** A colour as `#rrggbb`: the only form that is safe to put into a style. */
export const presenceColourSchema = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1d4ed8'));

// Board ids of goals, actions and partners are 21 url-safe characters (packages/board ids.ts); older ones may be shorter.
const itemId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id'));

const coordinate = z.number().check(z.refine(Number.isFinite, 'must be a finite number'), z.gte(-1e9), z.lte(1e9));

/** A Yjs item id (client, clock) as JSON. */
const yId = z.strictObject({ client: z.int().check(z.gte(0)), clock: z.int().check(z.gte(0)) });

/** A Y.RelativePosition as JSON (what y-codemirror.next publishes for a caret). */
const relativePosition = z.strictObject({
  type: z.nullish(yId),
  tname: z.nullish(plainText(256)),
  item: z.nullish(yId),
  assoc: z.optional(z.int().check(z.gte(-1), z.lte(1))),
});

const knownKeys = ['user', 'focus', 'pointer', 'cursor', 'following'] as const;
// Names that would set or shadow an object's prototype when a reader copies the state.
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** The presence state one client may publish. Every part is optional: a stock client starts with `{}`. */
export const presenceStateSchema = z
  .looseObject({
    user: z.optional(
      z.strictObject({
        name: z.optional(plainText(limits.displayName)),
        organisation: z.optional(plainText(limits.organisation)),
        partnerId: z.optional(itemId),
        color: z.optional(presenceColourSchema),
        colorLight: z.optional(presenceColourSchema),
        /** Set by the server, never believed from a client: whether a personal link proves this name. */
        verified: z.optional(z.boolean()),
      }),
    ),
    focus: z.nullish(z.strictObject({ kind: z.enum(['goal', 'action']), id: itemId, editing: z.boolean() })),
    pointer: z.nullish(z.strictObject({ x: coordinate, y: coordinate })),
    cursor: z.nullish(z.strictObject({ anchor: relativePosition, head: relativePosition })),
    /** During a meeting: whether this person follows the facilitator ("bring everyone here") or stepped away. */
    following: z.optional(z.boolean()),
  })
  .check(
    z.refine((state) => {
      const unknown = Object.keys(state).filter((key) => !(knownKeys as readonly string[]).includes(key));
      return unknown.length <= presenceUnknownKeysAllowed;
    }, `may carry at most ${presenceUnknownKeysAllowed} keys besides ${knownKeys.join(', ')}`),
  );

export type PresenceState = z.output<typeof presenceStateSchema>;

/** The state if it is one a client may publish, or null. `json` is the state as parsed from its JSON text. */
export function readPresenceState(json: unknown): PresenceState | null {
  // Checked before parsing: copied into the parsed state, `__proto__` would become its prototype.
  if (typeof json === 'object' && json !== null && Object.keys(json).some((key) => forbiddenKeys.has(key))) return null;
  const parsed = presenceStateSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
