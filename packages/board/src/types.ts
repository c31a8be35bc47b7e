import type { Overwrite } from './overwrites.js';
import type {
  ActionStatus,
  Attendance,
  CommitmentKind,
  CommitmentStatus,
  DecisionStatus,
  GoalStatus,
  PartnerKind,
  Priority,
  ReviewVerdict,
  RiskCategory,
  RiskResponse,
  RiskStatus,
  RecordedTemplateName,
} from './vocabulary.js';

// The plain, read-only shapes readBoard returns. The document's own shape is described in doc.ts.

export type Id = string;
/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;
/** A moment, as new Date().toISOString() writes it. */
export type IsoDateTime = string;

/** Who did something, as shown in histories: a name and, when known, their organisation. */
export interface Actor {
  readonly name: string;
  readonly partnerName?: string;
}

/** Who the server saw make a change (see authors.ts): a client cannot forge it. */
export interface Author {
  readonly name: string;
  readonly organisation: string;
  /** Made on a personal link, which proves who holds it; false on a shared role link, where the name is self-declared. */
  readonly verified: boolean;
}

export interface StatusChange<S extends string> {
  readonly status: S;
  readonly at: IsoDateTime;
  /** Who it says made it, as their client wrote it (self-declared). */
  readonly by: Actor | null;
  /** The Yjs client that wrote it: `Board.authors` says who that is, as the server saw it. */
  readonly writer: number;
}

export interface SignOff {
  readonly partnerId: Id;
  readonly name: string;
  readonly at: IsoDateTime;
  /** The version of the agreement signed: one below the agreement's own means it changed since. */
  readonly version: number;
}

/** The partnership's terms of reference. */
export interface Agreement {
  readonly objectives: string;
  /** What each partner undertakes to do, by partner id. */
  readonly expectations: Readonly<Record<Id, string>>;
  readonly waysOfWorking: string;
  readonly communication: string;
  /** Each partner's sign-off, sorted by partner id. */
  readonly signOffs: readonly SignOff[];
  /** Starts at 1; a change to terms someone signed makes the next version. */
  readonly version: number;
}

/** A record that someone agreed to information about them being shared. */
export interface ConsentEntry {
  readonly id: Id;
  /** Who gave consent, e.g. 'Mrs Ada Patel' or 'Parent: Sam Jones'. */
  readonly name: string;
  /** What was agreed: which information, shared with whom, for what. */
  readonly scope: string;
  readonly givenOn: IsoDate;
  readonly withdrawnOn: IsoDate | null;
}

export interface Meta {
  readonly title: string;
  /** The shared objective. */
  readonly purpose: string;
  readonly sector: string;
  readonly template: RecordedTemplateName;
  /** Null until initBoard has run on this document. */
  readonly createdAt: IsoDateTime | null;
  /** The lead professional: the family's or patient's single point of contact. */
  readonly leadPersonId: Id | null;
  /** The views and aspirations of the person or family at the centre, in their words. */
  readonly voice: string;
  readonly consent: readonly ConsentEntry[];
  readonly reviewEveryDays: number | null;
  readonly nextReviewOn: IsoDate | null;
  readonly agreement: Agreement;
}

export interface Partner {
  readonly id: Id;
  readonly name: string;
  readonly kind: PartnerKind;
  /** '#rrggbb' */
  readonly colour: string;
  readonly leadPersonId: Id | null;
  readonly order: string;
}

export interface Person {
  readonly id: Id;
  readonly name: string;
  readonly partnerId: Id;
  /** Job title. */
  readonly role: string;
  readonly contact: string;
  readonly order: string;
}

export interface Goal {
  readonly id: Id;
  readonly title: string;
  readonly description: string;
  readonly successMeasure: string;
  /** The accountable owner. */
  readonly ownerId: Id | null;
  /** Contributing organisations, sorted by id. */
  readonly partnerIds: readonly Id[];
  readonly status: GoalStatus;
  /** Oldest first. */
  readonly statusHistory: readonly StatusChange<GoalStatus>[];
  readonly targetDate: IsoDate | null;
  readonly order: string;
  readonly createdAt: IsoDateTime;
  readonly createdBy: Actor | null;
  /** The Yjs client that created it: `Board.authors` says who that is, as the server saw it. */
  readonly writer: number | null;
}

export interface Action {
  readonly id: Id;
  readonly title: string;
  readonly goalId: Id;
  /** The one Accountable person (the A of RACI). */
  readonly ownerId: Id | null;
  readonly responsibleIds: readonly Id[];
  readonly consultedIds: readonly Id[];
  readonly informedIds: readonly Id[];
  readonly status: ActionStatus;
  readonly statusHistory: readonly StatusChange<ActionStatus>[];
  readonly dueDate: IsoDate | null;
  readonly priority: Priority;
  readonly notes: string;
  readonly order: string;
  readonly createdAt: IsoDateTime;
  readonly createdBy: Actor | null;
  /** The Yjs client that created it: `Board.authors` says who that is, as the server saw it. */
  readonly writer: number | null;
  readonly completedAt: IsoDateTime | null;
}

export interface Decision {
  readonly id: Id;
  readonly title: string;
  readonly context: string;
  readonly alternatives: string;
  readonly rationale: string;
  readonly decidedOn: IsoDate | null;
  /** Who took it, in words: e.g. 'Discharge planning meeting'. */
  readonly decidedBy: string;
  readonly agreedByPartnerIds: readonly Id[];
  readonly consultedIds: readonly Id[];
  readonly goalIds: readonly Id[];
  readonly actionIds: readonly Id[];
  readonly reviewOn: IsoDate | null;
  readonly status: DecisionStatus;
  readonly createdAt: IsoDateTime;
}

export interface Risk {
  readonly id: Id;
  readonly title: string;
  /** Cause, event and effect. */
  readonly description: string;
  readonly category: RiskCategory;
  /** 1-5 */
  readonly likelihood: number;
  /** 1-5 */
  readonly impact: number;
  readonly response: RiskResponse;
  readonly mitigation: string;
  /** The actions that carry out the mitigation. */
  readonly mitigationActionIds: readonly Id[];
  readonly ownerId: Id | null;
  readonly goalId: Id | null;
  readonly triggerOn: IsoDate | null;
  readonly status: RiskStatus;
  readonly createdAt: IsoDateTime;
}

export interface Comment {
  readonly id: Id;
  /** The goal, action, decision, risk, commitment, review, partner or person commented on. */
  readonly itemId: Id;
  readonly text: string;
  /** As the commenter's client wrote them (self-declared). */
  readonly authorName: string;
  readonly authorPartner: string;
  readonly at: IsoDateTime;
  /** The Yjs client that wrote it: `Board.authors` says who that is, as the server saw it. */
  readonly writer: number | null;
}

export interface Commitment {
  readonly id: Id;
  readonly partnerId: Id;
  readonly goalId: Id | null;
  readonly kind: CommitmentKind;
  readonly amount: number | null;
  /** e.g. 'hours a week', '£' */
  readonly unit: string;
  readonly note: string;
  readonly status: CommitmentStatus;
  readonly createdAt: IsoDateTime;
}

/** Who was at a review. Names are kept with the record so it still reads after a person leaves the board. */
export interface ReviewAttendee {
  readonly personId: Id;
  readonly name: string;
  readonly organisation: string;
  readonly attendance: Attendance;
}

export interface Review {
  readonly id: Id;
  readonly heldOn: IsoDate;
  /** Sorted by name. */
  readonly attendees: readonly ReviewAttendee[];
  /** The verdict on each goal, by goal id. */
  readonly verdicts: Readonly<Record<Id, ReviewVerdict>>;
  readonly notes: string;
  readonly snapshotId: string | null;
  readonly createdAt: IsoDateTime;
}

/**
 * A reference that points at nothing. Writes never leave one, but two people editing apart can:
 * one deletes a goal while the other adds an action to it. readBoard reports them instead of failing.
 */
export interface DanglingReference {
  /** Where the reference is; 'meta' (with id '') for the board's own fields. */
  readonly collection: CollectionName | 'meta';
  readonly id: Id;
  readonly field: string;
  readonly missingId: Id;
}

export type CollectionName =
  | 'partners'
  | 'people'
  | 'goals'
  | 'actions'
  | 'decisions'
  | 'risks'
  | 'comments'
  | 'commitments'
  | 'reviews';

/** The whole board as plain data. Lists are in display order (`order`, then id; otherwise by date, then id). */
export interface Board {
  readonly meta: Meta;
  readonly partners: readonly Partner[];
  readonly people: readonly Person[];
  readonly goals: readonly Goal[];
  readonly actions: readonly Action[];
  readonly decisions: readonly Decision[];
  readonly risks: readonly Risk[];
  readonly comments: readonly Comment[];
  readonly commitments: readonly Commitment[];
  readonly reviews: readonly Review[];
  readonly dangling: readonly DanglingReference[];
  /** Who each Yjs client is, as the server bound it (authors.ts). */
  readonly authors: ReadonlyMap<number, Author>;
  /** Values replaced unseen, as the server recorded them (overwrites.ts), oldest first. */
  readonly overwrites: readonly Overwrite[];
}
