import type * as z from 'zod/mini';
import { storedActor } from './doc.js';
import { BoardError } from './errors.js';
import { actorSchema } from './schema.js';
import type { Actor } from './types.js';

/** Parses a write's input, turning the first problem into a BoardError a person can act on. */
export function parse<S extends z.ZodMiniType>(schema: S, input: unknown, thing: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new BoardError('invalid', `The ${thing} is not valid.`);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    throw new BoardError('invalid', `A ${thing} has no field called '${key}'.`, key);
  }
  const field = issue.path[0];
  if (field === undefined) throw new BoardError('invalid', `The ${thing} details are missing or not an object.`);
  throw new BoardError('invalid', issue.message, String(field));
}

/** Validates who is making a change (optional on every write that keeps a history), as stored. */
export function parseActor(actor: Actor | undefined): Actor | null {
  const result = actorSchema.safeParse(actor);
  if (!result.success) {
    throw new BoardError('invalid', result.error.issues[0]?.message ?? 'Who made the change is not valid.', 'actor');
  }
  return storedActor(result.data);
}
