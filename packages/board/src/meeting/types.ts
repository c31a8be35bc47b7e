import type { Id, IsoDateTime } from '../types.js';

/** What an agenda item can point everyone at: a goal, or one of the app's views (the decision log, the risk register...). */
export const agendaLinkKinds = ['goal', 'view'] as const;
export type AgendaLinkKind = (typeof agendaLinkKinds)[number];

/** The items a facilitator can spotlight or put to a vote. */
export const meetingItemKinds = ['goal', 'action', 'risk'] as const;
export type MeetingItemKind = (typeof meetingItemKinds)[number];

/** What is captured during a meeting and linked to the agenda item it was agreed under. */
export const captureKinds = ['decision', 'action', 'risk'] as const;
export type CaptureKind = (typeof captureKinds)[number];

/** The link roles an attendee can hold (the same names as the protocol's roles). */
export const attendeeRoles = ['facilitator', 'editor', 'viewer'] as const;
export type AttendeeRole = (typeof attendeeRoles)[number];

export const voteStatuses = ['open', 'revealed', 'cancelled'] as const;
export type VoteStatus = (typeof voteStatuses)[number];

export interface AgendaLink {
  readonly kind: AgendaLinkKind;
  /** A goal's id, or a view's id. */
  readonly target: string;
}

export interface AgendaItem {
  readonly id: Id;
  readonly title: string;
  /** The timebox; 0 when the item has none. */
  readonly minutes: number;
  readonly link: AgendaLink | null;
  readonly done: boolean;
  readonly order: string;
}

/**
 * The shared countdown, in the server's clock (ms since 1970), so that every screen shows the same
 * time whatever its own clock says: running (`endsAt`), paused (`pausedRemainingMs`) or idle (both null).
 */
export interface MeetingTimer {
  readonly endsAt: number | null;
  readonly pausedRemainingMs: number | null;
}

/** "Bring everyone here": the facilitator's view and selected item, followed while `active`. */
export interface FollowFacilitator {
  readonly active: boolean;
  readonly view: string;
  readonly itemId: Id | null;
  /** When the facilitator last called everyone here (server ms): a new call brings back those who stepped away. */
  readonly calledAt: number;
}

export interface MeetingItemRef {
  readonly kind: MeetingItemKind;
  readonly id: Id;
}

export interface VoteResult extends MeetingItemRef {
  readonly dots: number;
}

/** A dot vote. The dots stay on the server until the reveal; only the results are ever in the document. */
export interface Vote {
  readonly id: Id;
  readonly question: string;
  readonly items: readonly MeetingItemRef[];
  /** Dots per participant (at most one on each item). */
  readonly dots: number;
  readonly viewersMayVote: boolean;
  readonly status: VoteStatus;
  readonly openedAt: IsoDateTime;
  readonly revealedAt: IsoDateTime | null;
  /** How many people voted, known from the reveal. */
  readonly voters: number;
  /** Every item with its dots, most first, known from the reveal. */
  readonly results: readonly VoteResult[];
}

/** Someone who was present during the meeting, as the server saw their link (never as they typed it in the board). */
export interface Attendee {
  readonly id: Id;
  readonly name: string;
  readonly organisation: string;
  readonly role: AttendeeRole;
  /** True for a personal link (the name is the one the facilitator gave it); false when self-declared. */
  readonly verified: boolean;
  readonly joinedAt: IsoDateTime;
  /** Null while they are still here (or when they stayed to the end). */
  readonly leftAt: IsoDateTime | null;
}

/** A decision, action or risk created during the meeting, and the agenda item it was agreed under. */
export interface Capture {
  /** The decision's, action's or risk's id. */
  readonly id: Id;
  readonly kind: CaptureKind;
  readonly agendaItemId: Id | null;
  readonly at: IsoDateTime;
}

/** The live meeting, as the document's `session` part holds it. */
export interface MeetingSession {
  readonly startedAt: IsoDateTime | null;
  readonly endedAt: IsoDateTime | null;
  readonly facilitator: { readonly name: string; readonly organisation: string } | null;
  /** In agenda order. */
  readonly agenda: readonly AgendaItem[];
  readonly currentItemId: Id | null;
  readonly timer: MeetingTimer;
  readonly follow: FollowFacilitator | null;
  readonly spotlight: MeetingItemRef | null;
  readonly openVoteId: Id | null;
  /** Oldest first. */
  readonly votes: readonly Vote[];
  /** By time of joining. */
  readonly attendance: readonly Attendee[];
  /** Oldest first. */
  readonly captures: readonly Capture[];
}

/** Who an attendee is, as the server knows them from their link. */
export interface AttendeeIdentity {
  readonly name: string;
  readonly organisation: string;
  readonly role: AttendeeRole;
  readonly verified: boolean;
}
