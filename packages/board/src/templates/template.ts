import type { ActionInput, CommitmentInput, DecisionInput, GoalInput, PartnerInput, PersonInput, RiskInput } from '../schema.js';

// A template is plain data: what a new board starts with. Things refer to each other by a key of the
// template's own choosing ('ward', 'gp'), and dates are days from the day the board is made, so
// that applyTemplate can write it through the board's own writes, which validate every value.

/** A key naming a partner, person, goal or action within one template. */
export type TemplateKey = string;

export interface TemplatePartner extends PartnerInput {
  key: TemplateKey;
}

export interface TemplatePerson extends Omit<PersonInput, 'partnerId'> {
  key: TemplateKey;
  partner: TemplateKey;
}

export interface TemplateGoal extends Omit<GoalInput, 'ownerId' | 'partnerIds' | 'targetDate' | 'after'> {
  key: TemplateKey;
  owner?: TemplateKey;
  partners?: TemplateKey[];
  /** Days from the day the board is made; negative for the past. */
  targetInDays?: number;
}

export interface TemplateAction extends Omit<ActionInput, 'goalId' | 'ownerId' | 'responsibleIds' | 'consultedIds' | 'informedIds' | 'dueDate' | 'after'> {
  goal: TemplateKey;
  owner?: TemplateKey;
  responsible?: TemplateKey[];
  consulted?: TemplateKey[];
  informed?: TemplateKey[];
  dueInDays?: number;
}

export interface TemplateDecision
  extends Omit<DecisionInput, 'agreedByPartnerIds' | 'consultedIds' | 'goalIds' | 'actionIds' | 'decidedOn' | 'reviewOn'> {
  agreedBy?: TemplateKey[];
  consulted?: TemplateKey[];
  goals?: TemplateKey[];
  decidedInDays?: number;
  reviewInDays?: number;
}

export interface TemplateRisk extends Omit<RiskInput, 'ownerId' | 'goalId' | 'triggerOn'> {
  owner?: TemplateKey;
  goal?: TemplateKey;
  triggerInDays?: number;
}

export interface TemplateCommitment extends Omit<CommitmentInput, 'partnerId' | 'goalId'> {
  partner: TemplateKey;
  goal?: TemplateKey;
}

/** A starting point for a new board, written for one sector's real practice. */
export interface BoardTemplate {
  /** Its name on the start page. */
  label: string;
  /** One line on the start page saying who it is for. */
  description: string;
  sector?: string;
  purpose?: string;
  /** The lead professional: the single point of contact. */
  lead?: TemplateKey;
  /** The person or family at the centre, in their own words. */
  voice?: string;
  reviewEveryDays?: number;
  nextReviewInDays?: number;
  consent?: { name: string; scope: string; givenInDays: number }[];
  agreement?: {
    objectives?: string;
    waysOfWorking?: string;
    communication?: string;
    expectations?: Record<TemplateKey, string>;
    /** Partners that have signed the agreement, with who signed for them. */
    signedBy?: Record<TemplateKey, string>;
  };
  partners?: TemplatePartner[];
  people?: TemplatePerson[];
  goals?: TemplateGoal[];
  actions?: TemplateAction[];
  decisions?: TemplateDecision[];
  risks?: TemplateRisk[];
  commitments?: TemplateCommitment[];
}
