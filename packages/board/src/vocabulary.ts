// The fixed vocabularies of the board, with the words people see for each value.

import { templateCatalogue } from './templates/catalogue.js';

export const goalStatuses = ['not_started', 'on_track', 'at_risk', 'off_track', 'achieved'] as const;
export type GoalStatus = (typeof goalStatuses)[number];
export const goalStatusLabel: Readonly<Record<GoalStatus, string>> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  achieved: 'Achieved',
};

export const actionStatuses = ['todo', 'in_progress', 'blocked', 'done'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const actionStatusLabel: Readonly<Record<ActionStatus, string>> = {
  todo: 'To do',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
};

export const priorities = ['low', 'medium', 'high'] as const;
export type Priority = (typeof priorities)[number];
export const priorityLabel: Readonly<Record<Priority, string>> = { low: 'Low', medium: 'Medium', high: 'High' };

export const partnerKinds = [
  'nhs_trust',
  'gp_practice',
  'community_health',
  'local_authority',
  'school',
  'charity',
  'housing',
  'police',
  'business_unit',
  'other',
] as const;
export type PartnerKind = (typeof partnerKinds)[number];
export const partnerKindLabel: Readonly<Record<PartnerKind, string>> = {
  nhs_trust: 'NHS trust',
  gp_practice: 'GP practice',
  community_health: 'Community health service',
  local_authority: 'Local authority',
  school: 'School',
  charity: 'Charity / voluntary sector',
  housing: 'Housing',
  police: 'Police',
  business_unit: 'Business unit',
  other: 'Other',
};

/** Colours handed to new partners in turn: distinguishable with common colour-vision deficiencies. */
export const partnerColours = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#6A3D9A',
  '#8C564B',
] as const;

export const decisionStatuses = ['proposed', 'agreed', 'to_revisit', 'superseded'] as const;
export type DecisionStatus = (typeof decisionStatuses)[number];
export const decisionStatusLabel: Readonly<Record<DecisionStatus, string>> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  to_revisit: 'To revisit',
  superseded: 'Superseded',
};

export const riskCategories = [
  'communication',
  'unclear_roles',
  'differing_priorities',
  'trust',
  'resources',
  'other',
] as const;
export type RiskCategory = (typeof riskCategories)[number];
export const riskCategoryLabel: Readonly<Record<RiskCategory, string>> = {
  communication: 'Communication',
  unclear_roles: 'Unclear roles',
  differing_priorities: 'Differing priorities',
  trust: 'Trust',
  resources: 'Resources',
  other: 'Other',
};

export const riskResponses = ['avoid', 'mitigate', 'transfer', 'accept'] as const;
export type RiskResponse = (typeof riskResponses)[number];
export const riskResponseLabel: Readonly<Record<RiskResponse, string>> = {
  avoid: 'Avoid',
  mitigate: 'Mitigate',
  transfer: 'Transfer',
  accept: 'Accept',
};

export const riskStatuses = ['open', 'monitoring', 'closed'] as const;
export type RiskStatus = (typeof riskStatuses)[number];
export const riskStatusLabel: Readonly<Record<RiskStatus, string>> = {
  open: 'Open',
  monitoring: 'Monitoring',
  closed: 'Closed',
};

/** Risk bands of the usual 5 × 5 matrix: 1-4 green, 5-12 amber, 15-25 red. */
export const riskBands = ['green', 'amber', 'red'] as const;
export type RiskBand = (typeof riskBands)[number];
export const riskBandLabel: Readonly<Record<RiskBand, string>> = { green: 'Low', amber: 'Medium', red: 'High' };

export const commitmentKinds = ['staff_time', 'funding', 'facilities', 'expertise', 'other'] as const;
export type CommitmentKind = (typeof commitmentKinds)[number];
export const commitmentKindLabel: Readonly<Record<CommitmentKind, string>> = {
  staff_time: 'Staff time',
  funding: 'Funding',
  facilities: 'Facilities',
  expertise: 'Expertise',
  other: 'Other',
};

export const commitmentStatuses = ['pledged', 'delivered', 'withdrawn'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];
export const commitmentStatusLabel: Readonly<Record<CommitmentStatus, string>> = {
  pledged: 'Pledged',
  delivered: 'Delivered',
  withdrawn: 'Withdrawn',
};

export const reviewVerdicts = ['positive', 'no_change', 'worse'] as const;
export type ReviewVerdict = (typeof reviewVerdicts)[number];
export const reviewVerdictLabel: Readonly<Record<ReviewVerdict, string>> = {
  positive: 'Positive change',
  no_change: 'No change',
  worse: 'Worse',
};

export const attendanceKinds = ['invited', 'attended', 'sent_advice', 'apologies'] as const;
export type Attendance = (typeof attendanceKinds)[number];
export const attendanceLabel: Readonly<Record<Attendance, string>> = {
  invited: 'Invited',
  attended: 'Attended',
  sent_advice: 'Sent advice',
  apologies: 'Sent apologies',
};

/** Templates a new board can start from (templates/catalogue.ts), in the start page's order. */
export const templateNames = Object.keys(templateCatalogue) as [TemplateName, ...TemplateName[]];
export type TemplateName = keyof typeof templateCatalogue;
/** Templates no longer offered, which boards made from them still record, and the one a request for each now gets. */
export const retiredTemplates = { 'team-around-the-child': 'send-support' } as const satisfies Record<string, TemplateName>;
export const retiredTemplateNames = Object.keys(retiredTemplates) as (keyof typeof retiredTemplates)[];
/** Any template a board may record as the one it was made from. */
export type RecordedTemplateName = TemplateName | keyof typeof retiredTemplates;
export const recordedTemplateNames: readonly RecordedTemplateName[] = [...templateNames, ...retiredTemplateNames];
export const templateLabel: Readonly<Record<RecordedTemplateName, string>> = {
  ...(Object.fromEntries(templateNames.map((name) => [name, templateCatalogue[name].label])) as Record<TemplateName, string>),
  'team-around-the-child': 'Team Around the Child (Early Help)',
};
/** What each offered template is for, in one line. */
export const templateDescription: Readonly<Record<TemplateName, string>> = Object.fromEntries(
  templateNames.map((name) => [name, templateCatalogue[name].description]),
) as Record<TemplateName, string>;
