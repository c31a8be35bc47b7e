import * as z from 'zod/mini';
import {
  actionStatusLabel,
  actionStatuses,
  attendanceKinds,
  attendanceLabel,
  commitmentKindLabel,
  commitmentKinds,
  commitmentStatusLabel,
  commitmentStatuses,
  decisionStatusLabel,
  decisionStatuses,
  goalStatusLabel,
  goalStatuses,
  partnerKindLabel,
  partnerKinds,
  priorities,
  priorityLabel,
  reviewVerdictLabel,
  reviewVerdicts,
  riskCategories,
  riskCategoryLabel,
  riskResponseLabel,
  riskResponses,
  riskStatusLabel,
  riskStatuses,
  recordedTemplateNames,
  templateLabel,
  type RecordedTemplateName,
} from './vocabulary.js';

// Zod schemas for every write's input. Messages are for the person who typed the value.
// zod/mini, which carries no locale: every issue a person can meet has a message of ours, and a
// bundler leaves out what is not used, where the classic API keeps all of it in the server's heap.
// No `.default()` here: in zod 4 a default also fills a missing key of a patch, so defaults live in the writers.

/** Longest values a write accepts; editors can use them as maxLength. */
export const limits = {
  title: 200,
  name: 120,
  shortText: 500,
  longText: 20_000,
  comment: 4_000,
  listLength: 500,
} as const;

function requiredText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .check(z.trim(), z.minLength(1, `${label} cannot be empty.`), z.maxLength(max, `${label} must be ${max} characters or fewer.`));
}

function optionalText(label: string, max: number) {
  return z.string({ error: `${label} must be text.` }).check(z.trim(), z.maxLength(max, `${label} must be ${max} characters or fewer.`));
}

/** Free text typed at length: kept exactly as written (no trimming), so collaborative edits line up. */
function longText(label: string) {
  return z.string({ error: `${label} must be text.` }).check(z.maxLength(limits.longText, `${label} is too long (over ${limits.longText} characters).`));
}

/** True for a real calendar date in 'YYYY-MM-DD' form ('2026-02-30' is not one). */
export function isRealIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isoDate(label: string) {
  return z
    .string({ error: `${label} must be a date like 2026-03-31.` })
    .check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date like 2026-03-31.`),
      z.refine(isRealIsoDate, `${label} is not a real date: check the day and the month.`),
    );
}

function ref(label: string) {
  return z
    .string({ error: `${label} must be chosen from the board.` })
    .check(z.minLength(1, `${label} must be chosen from the board.`), z.maxLength(64, `${label} is not an id from this board.`));
}

function refList(label: string) {
  return z
    .array(ref(label), { error: `${label} must be a list.` })
    .check(z.maxLength(limits.listLength, `${label} can hold at most ${limits.listLength} entries.`));
}

function choice<const T extends readonly [string, ...string[]]>(values: T, labels: Readonly<Record<T[number], string>>, label: string) {
  const words = values.map((value: T[number]) => labels[value]).join(', ');
  return z.enum(values, { error: `${label} must be one of: ${words}.` });
}

function scale(label: string) {
  return z
    .number({ error: `${label} must be a number from 1 to 5.` })
    .check(
      z.refine(Number.isSafeInteger, `${label} must be a whole number from 1 to 5.`),
      z.gte(1, `${label} must be from 1 to 5.`),
      z.lte(5, `${label} must be from 1 to 5.`),
    );
}

const hexColour = z
  .string({ error: 'The colour must be like #0072B2.' })
  .check(z.regex(/^#[0-9a-fA-F]{6}$/, 'The colour must be like #0072B2.'));

const actor = z.strictObject(
  {
    name: requiredText('Your name', limits.name),
    partnerName: z.optional(optionalText('Your organisation', limits.name)),
  },
  { error: 'Who made the change must be given as a name and, if you like, an organisation.' },
);

/** Who is making a change; optional on every write that keeps a history. */
export const actorSchema = z.optional(actor);

export const initInput = z.strictObject({
  title: requiredText('The board title', limits.title),
  purpose: z.optional(longText('The purpose')),
  sector: z.optional(optionalText('The sector', limits.name)),
  template: z.optional(choice(recordedTemplateNames as [RecordedTemplateName, ...RecordedTemplateName[]], templateLabel, 'The template')),
  now: z.optional(z.date({ error: 'now must be a Date.' })),
});

export const metaPatch = z.partial(
  z.strictObject({
    title: requiredText('The board title', limits.title),
    purpose: longText('The purpose'),
    sector: optionalText('The sector', limits.name),
    leadPersonId: z.nullable(ref('The lead professional')),
    voice: longText('The voice of the person at the centre'),
    reviewEveryDays: z.nullable(
      z.number({ error: 'Review every ... days must be a number.' }).check(
        z.refine(Number.isSafeInteger, 'Review every ... days must be a whole number.'),
        z.gte(1, 'Review every ... days must be at least 1.'),
        z.lte(366, 'Review every ... days must be at most 366.'),
      ),
    ),
    nextReviewOn: z.nullable(isoDate('The next review date')),
  }),
);

export const agreementPatch = z.partial(
  z.strictObject({
    objectives: longText('The shared objectives'),
    waysOfWorking: longText('The ways of working'),
    communication: longText('The communication channels'),
  }),
);

export const expectationInput = z.strictObject({
  partnerId: ref('The partner'),
  text: longText('The expectations'),
});

export const signOffInput = z.strictObject({
  partnerId: ref('The partner'),
  name: requiredText('The name of who signs off', limits.name),
});

export const consentInput = z.strictObject({
  name: requiredText('Who gave consent', limits.name),
  scope: requiredText('What was agreed', limits.shortText),
  givenOn: isoDate('The date consent was given'),
  withdrawnOn: z.nullable(z.optional(isoDate('The date consent was withdrawn'))),
});
export const consentPatch = z.partial(consentInput);

export const partnerInput = z.strictObject({
  name: requiredText('The organisation name', limits.name),
  kind: choice(partnerKinds, partnerKindLabel, 'The kind of organisation'),
  colour: z.optional(hexColour),
  leadPersonId: z.nullable(z.optional(ref('The partner lead'))),
});
export const partnerPatch = z.partial(partnerInput);

export const personInput = z.strictObject({
  name: requiredText('The name', limits.name),
  partnerId: ref('The organisation'),
  role: z.optional(optionalText('The role', limits.name)),
  contact: z.optional(optionalText('The contact details', limits.shortText)),
});
export const personPatch = z.partial(personInput);

const place = {
  before: z.nullable(z.optional(ref('The item to place it before'))),
  after: z.nullable(z.optional(ref('The item to place it after'))),
};

const goalFields = {
  title: requiredText('The goal title', limits.title),
  description: z.optional(longText('The description')),
  successMeasure: z.optional(optionalText('The success measure', limits.shortText)),
  ownerId: z.nullable(z.optional(ref('The accountable owner'))),
  partnerIds: z.optional(refList('The contributing partners')),
  status: z.optional(choice(goalStatuses, goalStatusLabel, 'The goal status')),
  targetDate: z.nullable(z.optional(isoDate('The target date'))),
};
export const goalInput = z.strictObject({ ...goalFields, after: place.after });
export const goalPatch = z.partial(z.strictObject(goalFields));
export const goalPlace = z.strictObject(place);

const actionFields = {
  title: requiredText('The action title', limits.title),
  goalId: ref('The goal'),
  ownerId: z.nullable(z.optional(ref('The accountable owner'))),
  responsibleIds: z.optional(refList('Responsible')),
  consultedIds: z.optional(refList('Consulted')),
  informedIds: z.optional(refList('Informed')),
  status: z.optional(choice(actionStatuses, actionStatusLabel, 'The action status')),
  dueDate: z.nullable(z.optional(isoDate('The due date'))),
  priority: z.optional(choice(priorities, priorityLabel, 'The priority')),
  notes: z.optional(longText('The notes')),
};
export const actionInput = z.strictObject({ ...actionFields, after: place.after });
export const actionPatch = z.partial(z.strictObject(actionFields));
export const actionPlace = z.strictObject({
  ...place,
  status: actionFields.status,
  goalId: z.optional(ref('The goal')),
});

const decisionFields = {
  title: requiredText('The decision', limits.title),
  context: z.optional(longText('The context')),
  alternatives: z.optional(longText('The alternatives considered')),
  rationale: z.optional(longText('The rationale')),
  decidedOn: z.nullable(z.optional(isoDate('The decision date'))),
  decidedBy: z.optional(optionalText('Decided by', limits.name)),
  agreedByPartnerIds: z.optional(refList('Agreed by')),
  consultedIds: z.optional(refList('Consulted')),
  goalIds: z.optional(refList('Goals')),
  actionIds: z.optional(refList('Actions')),
  reviewOn: z.nullable(z.optional(isoDate('The review date'))),
  status: z.optional(choice(decisionStatuses, decisionStatusLabel, 'The decision status')),
};
export const decisionInput = z.strictObject(decisionFields);
export const decisionPatch = z.partial(decisionInput);

export const riskInput = z.strictObject({
  title: requiredText('The risk title', limits.title),
  description: z.optional(longText('The description')),
  category: z.optional(choice(riskCategories, riskCategoryLabel, 'The category')),
  likelihood: z.optional(scale('Likelihood')),
  impact: z.optional(scale('Impact')),
  response: z.optional(choice(riskResponses, riskResponseLabel, 'The response')),
  mitigation: z.optional(longText('The mitigation')),
  mitigationActionIds: z.optional(refList('Mitigation actions')),
  ownerId: z.nullable(z.optional(ref('The owner'))),
  goalId: z.nullable(z.optional(ref('The goal'))),
  triggerOn: z.nullable(z.optional(isoDate('The trigger date'))),
  status: z.optional(choice(riskStatuses, riskStatusLabel, 'The risk status')),
});
export const riskPatch = z.partial(riskInput);

export const commentInput = z.strictObject({
  itemId: ref('The item commented on'),
  text: requiredText('The comment', limits.comment),
  authorName: requiredText('Your name', limits.name),
  authorPartner: z.optional(optionalText('Your organisation', limits.name)),
});

export const commitmentInput = z.strictObject({
  partnerId: ref('The partner'),
  goalId: z.nullable(z.optional(ref('The goal'))),
  kind: choice(commitmentKinds, commitmentKindLabel, 'The kind of contribution'),
  amount: z.optional(
    z.nullable(z.number({ error: 'The amount must be a number.' }).check(z.gte(0, 'The amount cannot be negative.'), z.lte(1e9, 'The amount is too large.'))),
  ),
  unit: z.optional(optionalText('The unit', limits.name)),
  note: z.optional(optionalText('The note', limits.shortText)),
  status: z.optional(choice(commitmentStatuses, commitmentStatusLabel, 'The commitment status')),
});
export const commitmentPatch = z.partial(commitmentInput);

const attendee = z.strictObject(
  {
    personId: ref('The attendee'),
    attendance: choice(attendanceKinds, attendanceLabel, 'Attendance'),
  },
  { error: 'Each attendee must be a person from the board and their attendance.' },
);

export const reviewInput = z.strictObject({
  heldOn: isoDate('The review date'),
  attendees: z.optional(z.array(attendee, { error: 'Attendees must be a list.' }).check(z.maxLength(limits.listLength, 'Too many attendees.'))),
  verdicts: z.optional(
    z.record(ref('The goal'), choice(reviewVerdicts, reviewVerdictLabel, 'The verdict'), { error: 'Verdicts must map goals to verdicts.' }),
  ),
  notes: z.optional(longText('The notes')),
  snapshotId: z.nullable(z.optional(optionalText('The snapshot', 64))),
});
export const reviewPatch = z.partial(reviewInput);

export type MetaPatch = z.input<typeof metaPatch>;
export type AgreementPatch = z.input<typeof agreementPatch>;
export type ConsentInput = z.input<typeof consentInput>;
export type ConsentPatch = z.input<typeof consentPatch>;
export type PartnerInput = z.input<typeof partnerInput>;
export type PartnerPatch = z.input<typeof partnerPatch>;
export type PersonInput = z.input<typeof personInput>;
export type PersonPatch = z.input<typeof personPatch>;
export type GoalInput = z.input<typeof goalInput>;
export type GoalPatch = z.input<typeof goalPatch>;
export type Place = z.input<typeof goalPlace>;
export type ActionInput = z.input<typeof actionInput>;
export type ActionPatch = z.input<typeof actionPatch>;
export type ActionPlace = z.input<typeof actionPlace>;
export type DecisionInput = z.input<typeof decisionInput>;
export type DecisionPatch = z.input<typeof decisionPatch>;
export type RiskInput = z.input<typeof riskInput>;
export type RiskPatch = z.input<typeof riskPatch>;
export type CommentInput = z.input<typeof commentInput>;
export type CommitmentInput = z.input<typeof commitmentInput>;
export type CommitmentPatch = z.input<typeof commitmentPatch>;
export type ReviewInput = z.input<typeof reviewInput>;
export type ReviewPatch = z.input<typeof reviewPatch>;
