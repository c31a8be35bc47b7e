import { z } from 'zod';
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
  templateLabel,
  templateNames,
} from './vocabulary.js';

// Zod schemas for every write's input. Messages are for the person who typed the value.
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
    .trim()
    .min(1, `${label} cannot be empty.`)
    .max(max, `${label} must be ${max} characters or fewer.`);
}

function optionalText(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} must be ${max} characters or fewer.`);
}

/** Free text typed at length: kept exactly as written (no trimming), so collaborative edits line up. */
function longText(label: string) {
  return z.string({ error: `${label} must be text.` }).max(limits.longText, `${label} is too long (over ${limits.longText} characters).`);
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
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date like 2026-03-31.`)
    .refine(isRealIsoDate, `${label} is not a real date: check the day and the month.`);
}

function ref(label: string) {
  return z
    .string({ error: `${label} must be chosen from the board.` })
    .min(1, `${label} must be chosen from the board.`)
    .max(64, `${label} is not an id from this board.`);
}

function refList(label: string) {
  return z
    .array(ref(label), { error: `${label} must be a list.` })
    .max(limits.listLength, `${label} can hold at most ${limits.listLength} entries.`);
}

function choice<const T extends readonly [string, ...string[]]>(values: T, labels: Readonly<Record<T[number], string>>, label: string) {
  const words = values.map((value: T[number]) => labels[value]).join(', ');
  return z.enum(values, { error: `${label} must be one of: ${words}.` });
}

function scale(label: string) {
  return z
    .number({ error: `${label} must be a number from 1 to 5.` })
    .int(`${label} must be a whole number from 1 to 5.`)
    .min(1, `${label} must be from 1 to 5.`)
    .max(5, `${label} must be from 1 to 5.`);
}

const hexColour = z
  .string({ error: 'The colour must be like #0072B2.' })
  .regex(/^#[0-9a-fA-F]{6}$/, 'The colour must be like #0072B2.');

const actor = z.strictObject({
  name: requiredText('Your name', limits.name),
  partnerName: optionalText('Your organisation', limits.name).optional(),
});

/** Who is making a change; optional on every write that keeps a history. */
export const actorSchema = actor.optional();

export const initInput = z.strictObject({
  title: requiredText('The board title', limits.title),
  purpose: longText('The purpose').optional(),
  sector: optionalText('The sector', limits.name).optional(),
  template: choice(templateNames, templateLabel, 'The template').optional(),
  now: z.date({ error: 'now must be a Date.' }).optional(),
});

export const metaPatch = z.strictObject({
  title: requiredText('The board title', limits.title),
  purpose: longText('The purpose'),
  sector: optionalText('The sector', limits.name),
  leadPersonId: ref('The lead professional').nullable(),
  voice: longText('The voice of the person at the centre'),
  reviewEveryDays: z
    .number({ error: 'Review every ... days must be a number.' })
    .int('Review every ... days must be a whole number.')
    .min(1, 'Review every ... days must be at least 1.')
    .max(366, 'Review every ... days must be at most 366.')
    .nullable(),
  nextReviewOn: isoDate('The next review date').nullable(),
}).partial();

export const agreementPatch = z.strictObject({
  objectives: longText('The shared objectives'),
  waysOfWorking: longText('The ways of working'),
  communication: longText('The communication channels'),
}).partial();

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
  withdrawnOn: isoDate('The date consent was withdrawn').nullable().optional(),
});
export const consentPatch = consentInput.partial();

export const partnerInput = z.strictObject({
  name: requiredText('The organisation name', limits.name),
  kind: choice(partnerKinds, partnerKindLabel, 'The kind of organisation'),
  colour: hexColour.optional(),
  leadPersonId: ref('The partner lead').nullable().optional(),
});
export const partnerPatch = partnerInput.partial();

export const personInput = z.strictObject({
  name: requiredText('The name', limits.name),
  partnerId: ref('The organisation'),
  role: optionalText('The role', limits.name).optional(),
  contact: optionalText('The contact details', limits.shortText).optional(),
});
export const personPatch = personInput.partial();

const place = {
  before: ref('The item to place it before').nullable().optional(),
  after: ref('The item to place it after').nullable().optional(),
};

const goalFields = {
  title: requiredText('The goal title', limits.title),
  description: longText('The description').optional(),
  successMeasure: optionalText('The success measure', limits.shortText).optional(),
  ownerId: ref('The accountable owner').nullable().optional(),
  partnerIds: refList('The contributing partners').optional(),
  status: choice(goalStatuses, goalStatusLabel, 'The goal status').optional(),
  targetDate: isoDate('The target date').nullable().optional(),
};
export const goalInput = z.strictObject({ ...goalFields, after: place.after });
export const goalPatch = z.strictObject(goalFields).partial();
export const goalPlace = z.strictObject(place);

const actionFields = {
  title: requiredText('The action title', limits.title),
  goalId: ref('The goal'),
  ownerId: ref('The accountable owner').nullable().optional(),
  responsibleIds: refList('Responsible').optional(),
  consultedIds: refList('Consulted').optional(),
  informedIds: refList('Informed').optional(),
  status: choice(actionStatuses, actionStatusLabel, 'The action status').optional(),
  dueDate: isoDate('The due date').nullable().optional(),
  priority: choice(priorities, priorityLabel, 'The priority').optional(),
  notes: longText('The notes').optional(),
};
export const actionInput = z.strictObject({ ...actionFields, after: place.after });
export const actionPatch = z.strictObject(actionFields).partial();
export const actionPlace = z.strictObject({
  ...place,
  status: actionFields.status,
  goalId: ref('The goal').optional(),
});

const decisionFields = {
  title: requiredText('The decision', limits.title),
  context: longText('The context').optional(),
  alternatives: longText('The alternatives considered').optional(),
  rationale: longText('The rationale').optional(),
  decidedOn: isoDate('The decision date').nullable().optional(),
  decidedBy: optionalText('Decided by', limits.name).optional(),
  agreedByPartnerIds: refList('Agreed by').optional(),
  consultedIds: refList('Consulted').optional(),
  goalIds: refList('Goals').optional(),
  actionIds: refList('Actions').optional(),
  reviewOn: isoDate('The review date').nullable().optional(),
  status: choice(decisionStatuses, decisionStatusLabel, 'The decision status').optional(),
};
export const decisionInput = z.strictObject(decisionFields);
export const decisionPatch = decisionInput.partial();

export const riskInput = z.strictObject({
  title: requiredText('The risk title', limits.title),
  description: longText('The description').optional(),
  category: choice(riskCategories, riskCategoryLabel, 'The category').optional(),
  likelihood: scale('Likelihood').optional(),
  impact: scale('Impact').optional(),
  response: choice(riskResponses, riskResponseLabel, 'The response').optional(),
  mitigation: longText('The mitigation').optional(),
  ownerId: ref('The owner').nullable().optional(),
  goalId: ref('The goal').nullable().optional(),
  triggerOn: isoDate('The trigger date').nullable().optional(),
  status: choice(riskStatuses, riskStatusLabel, 'The risk status').optional(),
});
export const riskPatch = riskInput.partial();

export const commentInput = z.strictObject({
  itemId: ref('The item commented on'),
  text: requiredText('The comment', limits.comment),
  authorName: requiredText('Your name', limits.name),
  authorPartner: optionalText('Your organisation', limits.name).optional(),
});

export const commitmentInput = z.strictObject({
  partnerId: ref('The partner'),
  goalId: ref('The goal').nullable().optional(),
  kind: choice(commitmentKinds, commitmentKindLabel, 'The kind of contribution'),
  amount: z
    .number({ error: 'The amount must be a number.' })
    .min(0, 'The amount cannot be negative.')
    .max(1e9, 'The amount is too large.')
    .nullable()
    .optional(),
  unit: optionalText('The unit', limits.name).optional(),
  note: optionalText('The note', limits.shortText).optional(),
  status: choice(commitmentStatuses, commitmentStatusLabel, 'The commitment status').optional(),
});
export const commitmentPatch = commitmentInput.partial();

const attendee = z.strictObject({
  personId: ref('The attendee'),
  attendance: choice(attendanceKinds, attendanceLabel, 'Attendance'),
});

export const reviewInput = z.strictObject({
  heldOn: isoDate('The review date'),
  attendees: z.array(attendee, { error: 'Attendees must be a list.' }).max(limits.listLength, 'Too many attendees.').optional(),
  verdicts: z
    .record(ref('The goal'), choice(reviewVerdicts, reviewVerdictLabel, 'The verdict'), { error: 'Verdicts must map goals to verdicts.' })
    .optional(),
  notes: longText('The notes').optional(),
  snapshotId: optionalText('The snapshot', 64).nullable().optional(),
});
export const reviewPatch = reviewInput.partial();

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
