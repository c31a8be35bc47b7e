import * as z from 'zod/mini';
import { limits } from '../schema.js';
import { agendaLinkKinds, meetingItemKinds } from './types.js';

// Inputs of the meeting's writes. Messages are for the facilitator who typed the value.

const title = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .check(z.trim(), z.minLength(1, `${label} cannot be empty.`), z.maxLength(limits.title, `${label} must be ${limits.title} characters or fewer.`));

const ref = (label: string) =>
  z.string({ error: `${label} must be chosen from the board.` }).check(z.minLength(1, `${label} must be chosen from the board.`), z.maxLength(64, `${label} is not an id from this board.`));

const wholeMinutes = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number of minutes.` })
    .check(z.refine(Number.isSafeInteger, `${label} must be whole minutes.`), z.gte(min, `${label} must be at least ${min}.`), z.lte(max, `${label} must be at most ${max} minutes.`));

const agendaLink = z.strictObject(
  {
    kind: z.enum(agendaLinkKinds, { error: 'An agenda item links to a goal or a view.' }),
    target: z.string({ error: 'Choose what the agenda item links to.' }).check(z.minLength(1, 'Choose what the agenda item links to.'), z.maxLength(64, 'That link is not one the board knows.')),
  },
  { error: 'An agenda item links to a goal or a view.' },
);

export const agendaItemInput = z.strictObject({
  title: title('The agenda item'),
  minutes: z.optional(wholeMinutes('The timebox', 0, 600)),
  link: z.optional(z.nullable(agendaLink)),
});

export const agendaItemPatch = z.partial(
  z.strictObject({
    title: title('The agenda item'),
    minutes: wholeMinutes('The timebox', 0, 600),
    link: z.nullable(agendaLink),
    done: z.boolean({ error: 'Done must be true or false.' }),
  }),
);

/** Minutes put on the timer or added to it. */
export const timerMinutes = wholeMinutes('The time', 1, 600);

/** A server clock reading, as the client's server clock estimates it. */
export const serverNow = z.number({ error: 'The server time must be a number.' }).check(z.refine(Number.isSafeInteger, 'The server time must be whole milliseconds.'), z.gte(0, 'The server time cannot be negative.'));

export const facilitatorInput = z.strictObject({
  name: z.string({ error: 'Your name must be text.' }).check(z.trim(), z.maxLength(limits.name, `Your name must be ${limits.name} characters or fewer.`)),
  organisation: z.string({ error: 'Your organisation must be text.' }).check(z.trim(), z.maxLength(limits.name, `Your organisation must be ${limits.name} characters or fewer.`)),
});

export const followInput = z.strictObject({
  view: z.string({ error: 'The view must be named.' }).check(z.minLength(1, 'The view must be named.'), z.maxLength(64, 'That view is not one the board knows.')),
  itemId: z.nullable(ref('The selected item')),
});

export const meetingItemInput = z.strictObject(
  { kind: z.enum(meetingItemKinds, { error: 'Only a goal, an action or a risk can be chosen.' }), id: ref('The item') },
  { error: 'Choose a goal, an action or a risk.' },
);

export const voteInput = z.strictObject({
  question: title('The question'),
  items: z
    .array(meetingItemInput, { error: 'Choose the items to vote on.' })
    .check(
      z.minLength(2, 'Choose at least two items to vote on.'),
      z.maxLength(100, 'A vote can hold at most 100 items.'),
      z.refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'Each item can be on the vote once.'),
    ),
  dots: z
    .number({ error: 'Dots per person must be a number.' })
    .check(z.refine(Number.isSafeInteger, 'Dots per person must be a whole number.'), z.gte(1, 'Each person needs at least one dot.'), z.lte(100, 'Each person can have at most 100 dots.')),
  viewersMayVote: z.optional(z.boolean({ error: 'Whether viewers may vote must be yes or no.' })),
});

export type AgendaItemInput = z.input<typeof agendaItemInput>;
export type AgendaItemPatch = z.input<typeof agendaItemPatch>;
export type FollowInput = z.input<typeof followInput>;
export type VoteInput = z.input<typeof voteInput>;
