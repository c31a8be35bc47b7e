import type * as Y from 'yjs';
import { createAction } from '../actions.js';
import { addDays } from '../clock.js';
import { createCommitment } from '../commitments.js';
import { createDecision } from '../decisions.js';
import { BoardError } from '../errors.js';
import { createGoal } from '../goals.js';
import { addConsent, setPartnerExpectations, signAgreement, updateAgreement, updateMeta } from '../meta.js';
import { createPartner } from '../partners.js';
import { createPerson } from '../people.js';
import { createRisk } from '../risks.js';
import type { Id, IsoDate } from '../types.js';
import type { BoardTemplate, TemplateKey } from './template.js';

/** Ids made so far, by the template's keys; a key the template never defined is the template's mistake. */
class Keys {
  private readonly ids = new Map<TemplateKey, Id>();

  constructor(private readonly thing: string) {}

  add(key: TemplateKey, id: Id): void {
    if (this.ids.has(key)) throw new BoardError('invalid', `The template defines the ${this.thing} "${key}" twice.`, 'template');
    this.ids.set(key, id);
  }

  id(key: TemplateKey): Id {
    const id = this.ids.get(key);
    if (id === undefined) throw new BoardError('invalid', `The template refers to a ${this.thing} "${key}" it does not define.`, 'template');
    return id;
  }

  maybe(key: TemplateKey | undefined): Id | null {
    return key === undefined ? null : this.id(key);
  }

  list(keys: readonly TemplateKey[] | undefined): Id[] {
    return (keys ?? []).map((key) => this.id(key));
  }
}

/**
 * Writes a template's content into a just-initialised board through the board's own writes, so
 * every value is validated as if a person had typed it; dates are days from `today`.
 */
export function applyTemplate(doc: Y.Doc, template: BoardTemplate, today: IsoDate): void {
  const day = (offset: number | undefined) => (offset === undefined ? null : addDays(today, offset));
  const partners = new Keys('partner');
  const people = new Keys('person');
  const goals = new Keys('goal');

  for (const { key, ...partner } of template.partners ?? []) partners.add(key, createPartner(doc, partner));
  for (const { key, partner, ...person } of template.people ?? []) people.add(key, createPerson(doc, { ...person, partnerId: partners.id(partner) }));

  updateMeta(doc, {
    ...(template.purpose === undefined ? {} : { purpose: template.purpose }),
    ...(template.sector === undefined ? {} : { sector: template.sector }),
    ...(template.voice === undefined ? {} : { voice: template.voice }),
    leadPersonId: people.maybe(template.lead),
    reviewEveryDays: template.reviewEveryDays ?? null,
    nextReviewOn: day(template.nextReviewInDays),
  });
  for (const { givenInDays, ...consent } of template.consent ?? []) addConsent(doc, { ...consent, givenOn: addDays(today, givenInDays) });

  const { expectations, signedBy, ...terms } = template.agreement ?? {};
  updateAgreement(doc, terms);
  for (const [partner, text] of Object.entries(expectations ?? {})) setPartnerExpectations(doc, { partnerId: partners.id(partner), text });

  for (const { key, owner, partners: contributing, targetInDays, ...goal } of template.goals ?? []) {
    goals.add(key, createGoal(doc, { ...goal, ownerId: people.maybe(owner), partnerIds: partners.list(contributing), targetDate: day(targetInDays) }));
  }
  for (const { goal, owner, responsible, consulted, informed, dueInDays, ...action } of template.actions ?? []) {
    createAction(doc, {
      ...action,
      goalId: goals.id(goal),
      ownerId: people.maybe(owner),
      responsibleIds: people.list(responsible),
      consultedIds: people.list(consulted),
      informedIds: people.list(informed),
      dueDate: day(dueInDays),
    });
  }
  for (const { agreedBy, consulted, goals: affected, decidedInDays, reviewInDays, ...decision } of template.decisions ?? []) {
    createDecision(doc, {
      ...decision,
      agreedByPartnerIds: partners.list(agreedBy),
      consultedIds: people.list(consulted),
      goalIds: goals.list(affected),
      decidedOn: day(decidedInDays),
      reviewOn: day(reviewInDays),
    });
  }
  for (const { owner, goal, triggerInDays, ...risk } of template.risks ?? []) {
    createRisk(doc, { ...risk, ownerId: people.maybe(owner), goalId: goals.maybe(goal), triggerOn: day(triggerInDays) });
  }
  for (const { partner, goal, ...commitment } of template.commitments ?? []) {
    createCommitment(doc, { ...commitment, partnerId: partners.id(partner), goalId: goals.maybe(goal) });
  }
  // Sign-offs last: they are of the agreement as the template leaves it.
  for (const [partner, name] of Object.entries(signedBy ?? {})) signAgreement(doc, { partnerId: partners.id(partner), name });
}
