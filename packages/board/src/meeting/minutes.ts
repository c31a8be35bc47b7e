import { indexBoard, riskBand, riskScore } from '../insights.js';
import type { Board, Id, IsoDate, IsoDateTime } from '../types.js';
import { actionStatusLabel, riskBandLabel, type ActionStatus, type RiskBand } from '../vocabulary.js';
import type { AttendeeRole, Capture, MeetingItemKind, MeetingSession } from './types.js';

// The minutes of a meeting are read from the board and its session, never stored apart from them:
// what was captured, and what was created or changed between the meeting's start and its end.

export interface MinutesAttendee {
  readonly name: string;
  readonly role: AttendeeRole;
  readonly verified: boolean;
  readonly joinedAt: IsoDateTime;
  readonly leftAt: IsoDateTime | null;
}

export interface MinutesOrganisation {
  /** Empty for attendees who gave none. */
  readonly organisation: string;
  readonly attendees: readonly MinutesAttendee[];
}

export interface MinutesAgendaItem {
  readonly id: Id;
  readonly title: string;
  readonly minutes: number;
  readonly covered: boolean;
}

export interface MinutesDecision {
  readonly id: Id;
  readonly title: string;
  /** Names of the partner organisations that agreed it. */
  readonly agreedBy: readonly string[];
  readonly agendaItem: string | null;
}

export interface MinutesAction {
  readonly id: Id;
  readonly title: string;
  readonly owner: string | null;
  readonly organisation: string | null;
  readonly dueDate: IsoDate | null;
  readonly status: ActionStatus;
  /** Created during the meeting (else changed during it); those created come first. */
  readonly created: boolean;
  readonly agendaItem: string | null;
}

export interface MinutesRisk {
  readonly id: Id;
  readonly title: string;
  readonly score: number;
  readonly band: RiskBand;
  readonly owner: string | null;
  readonly agendaItem: string | null;
}

export interface MinutesVote {
  readonly question: string;
  readonly voters: number;
  readonly results: readonly { readonly kind: MeetingItemKind; readonly title: string; readonly dots: number }[];
}

/** A meeting's minutes as structured data, for the app, the Markdown and the printable page. */
export interface Minutes {
  readonly board: string;
  /** The day the meeting started (UTC), null when no meeting was held. */
  readonly date: IsoDate | null;
  readonly startedAt: IsoDateTime | null;
  readonly endedAt: IsoDateTime | null;
  readonly facilitator: string | null;
  readonly attendees: readonly MinutesOrganisation[];
  readonly agenda: readonly MinutesAgendaItem[];
  readonly decisions: readonly MinutesDecision[];
  readonly actions: readonly MinutesAction[];
  readonly risks: readonly MinutesRisk[];
  readonly votes: readonly MinutesVote[];
}

function during(session: MeetingSession, at: string | null): boolean {
  if (at === null || session.startedAt === null) return false;
  return at >= session.startedAt && (session.endedAt === null || at <= session.endedAt);
}

/** The minutes of the board's meeting (the running one, or the last one held). */
export function minutesOf(board: Board, session: MeetingSession): Minutes {
  const { personById, partnerById, goalById, actionById } = indexBoard(board);
  const agendaTitle = new Map(session.agenda.map((item) => [item.id, item.title]));
  const capturedBy = new Map<Id, Capture>(session.captures.map((capture) => [capture.id, capture]));
  const agendaItemOf = (id: Id) => {
    const itemId = capturedBy.get(id)?.agendaItemId;
    return itemId ? (agendaTitle.get(itemId) ?? null) : null;
  };
  const ownerOf = (personId: Id | null) => {
    const person = personId === null ? undefined : personById.get(personId);
    return { owner: person?.name ?? null, organisation: (person && partnerById.get(person.partnerId)?.name) ?? null };
  };
  const inMeeting = (id: Id, createdAt: string) => capturedBy.has(id) || during(session, createdAt);

  const organisations = new Map<string, MinutesAttendee[]>();
  for (const { name, organisation, role, verified, joinedAt, leftAt } of session.attendance) {
    const list = organisations.get(organisation) ?? [];
    organisations.set(organisation, list);
    if (!list.some((other) => other.name === name)) list.push({ name, role, verified, joinedAt, leftAt });
  }
  const attendees = [...organisations.entries()]
    .map(([organisation, list]) => ({ organisation, attendees: list.sort((a, b) => a.name.localeCompare(b.name)) }))
    .sort((a, b) => (a.organisation === '' ? 1 : b.organisation === '' ? -1 : a.organisation.localeCompare(b.organisation)));

  const titleOf = (kind: MeetingItemKind, id: Id) =>
    (kind === 'goal' ? goalById.get(id)?.title : kind === 'action' ? actionById.get(id)?.title : board.risks.find((risk) => risk.id === id)?.title) ?? 'An item no longer on the board';

  return {
    board: board.meta.title,
    date: session.startedAt?.slice(0, 10) ?? null,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    facilitator: session.facilitator ? [session.facilitator.name, session.facilitator.organisation].filter(Boolean).join(', ') || null : null,
    attendees,
    agenda: session.agenda.map(({ id, title, minutes, done }) => ({ id, title, minutes, covered: done })),
    decisions: board.decisions
      .filter((decision) => inMeeting(decision.id, decision.createdAt))
      .map((decision) => ({
        id: decision.id,
        title: decision.title,
        agreedBy: decision.agreedByPartnerIds.map((id) => partnerById.get(id)?.name).filter((name): name is string => name !== undefined)
          .sort((a, b) => a.localeCompare(b)),
        agendaItem: agendaItemOf(decision.id),
      })),
    actions: board.actions
      .filter((action) => inMeeting(action.id, action.createdAt) || during(session, action.completedAt) || action.statusHistory.some((change) => during(session, change.at)))
      .map((action) => ({
        id: action.id,
        title: action.title,
        ...ownerOf(action.ownerId),
        dueDate: action.dueDate,
        status: action.status,
        created: inMeeting(action.id, action.createdAt),
        agendaItem: agendaItemOf(action.id),
      }))
      .sort((a, b) => Number(b.created) - Number(a.created)),
    risks: board.risks
      .filter((risk) => inMeeting(risk.id, risk.createdAt))
      .map((risk) => ({ id: risk.id, title: risk.title, score: riskScore(risk), band: riskBand(riskScore(risk)), owner: ownerOf(risk.ownerId).owner, agendaItem: agendaItemOf(risk.id) })),
    votes: session.votes
      .filter((vote) => vote.status === 'revealed')
      .map((vote) => ({ question: vote.question, voters: vote.voters, results: vote.results.map(({ kind, id, dots }) => ({ kind, title: titleOf(kind, id), dots })) })),
  };
}

// The same escaping as the plan's Markdown export: typed text reads as typed and cannot change the structure.
function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

function timeOf(at: IsoDateTime | null): string {
  return at ? at.slice(11, 16) : '';
}

function section(title: string, lines: readonly string[], empty: string): string[] {
  return [`## ${title}`, '', ...(lines.length > 0 ? lines : [empty]), ''];
}

/** The minutes as Markdown, to hand out after the meeting. */
export function minutesMarkdown(minutes: Minutes): string {
  const when = minutes.date ? `${minutes.date}, ${timeOf(minutes.startedAt)}${minutes.endedAt ? `–${timeOf(minutes.endedAt)}` : ''} (UTC)` : 'No meeting held';
  const head = [`# Minutes: ${inline(minutes.board)}`, '', `**Date:** ${when}  `];
  if (minutes.facilitator) head.push(`**Facilitator:** ${inline(minutes.facilitator)}  `);
  head.push('');
  const attendees = minutes.attendees.map(
    ({ organisation, attendees: people }) => `- **${inline(organisation || 'No organisation given')}:** ${people.map((person) => inline(person.name) + (person.verified ? '' : ' (self-declared)')).join(', ')}`,
  );
  const agenda = minutes.agenda.map((item, index) => `${index + 1}. ${inline(item.title)}${item.covered ? '' : ' (not covered)'}`);
  const under = (agendaItem: string | null) => (agendaItem ? ` (under “${inline(agendaItem)}”)` : '');
  const decisions = minutes.decisions.map((decision) => `- ${inline(decision.title)}${decision.agreedBy.length > 0 ? `, agreed by ${decision.agreedBy.map(inline).join(', ')}` : ''}${under(decision.agendaItem)}`);
  const actions = minutes.actions.map((action) => {
    const owner = action.owner ? `${inline(action.owner)}${action.organisation ? ` (${inline(action.organisation)})` : ''}` : 'no owner yet';
    return `- ${inline(action.title)}: ${owner}, ${action.dueDate ? `due ${action.dueDate}` : 'no due date'}, ${actionStatusLabel[action.status]}${action.created ? '' : ' (changed)'}${under(action.agendaItem)}`;
  });
  const risks = minutes.risks.map((risk) => `- ${inline(risk.title)}: score ${risk.score} (${riskBandLabel[risk.band]})${risk.owner ? `, owner ${inline(risk.owner)}` : ''}${under(risk.agendaItem)}`);
  const votes = minutes.votes.flatMap((vote) => [
    `### ${inline(vote.question)}`,
    '',
    `${vote.voters} ${vote.voters === 1 ? 'person' : 'people'} voted.`,
    '',
    ...vote.results.map((result, index) => `${index + 1}. ${inline(result.title)}: ${result.dots} ${result.dots === 1 ? 'dot' : 'dots'}`),
    '',
  ]);
  return [
    ...head,
    ...section('Attendees', attendees, 'Nobody was recorded.'),
    ...section('Agenda', agenda, 'No agenda.'),
    ...section('Decisions', decisions, 'No decisions.'),
    ...section('Actions', actions, 'No actions created or changed.'),
    ...section('Risks raised', risks, 'No risks raised.'),
    ...(votes.length > 0 ? ['## Votes', '', ...votes] : section('Votes', [], 'No votes.')),
  ]
    .join('\n')
    .trimEnd()
    .concat('\n');
}
