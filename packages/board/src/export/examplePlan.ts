import * as Y from 'yjs';
import { createAction, updateAction } from '../actions.js';
import { addComment } from '../comments.js';
import { createCommitment } from '../commitments.js';
import { createDecision } from '../decisions.js';
import { createGoal, updateGoal } from '../goals.js';
import { addConsent, initBoard, setPartnerExpectations, signAgreement, updateAgreement, updateMeta } from '../meta.js';
import { createPartner } from '../partners.js';
import { createPerson } from '../people.js';
import { createReview } from '../reviews.js';
import { createRisk } from '../risks.js';

// A board with something in every part, with the text that trips up writers of formats: commas,
// quotes, new lines, non-ASCII names and Markdown. For the export tests (not part of the public surface).

export const awkwardTitle = 'Ring "Mrs Zoë Ó Briain", then the GP; check\nthe key-safe, 2nd line';

export function examplePlan() {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Discharge plan: Zoë Ó Briain', purpose: 'Home by Friday, safely.\n# Not a heading', now: new Date('2026-03-10T09:00:00Z') });
  const trust = createPartner(doc, { name: 'Riverside NHS Trust', kind: 'nhs_trust' });
  const council = createPartner(doc, { name: 'Northshire Council, Adult Social Care', kind: 'local_authority' });
  const priya = createPerson(doc, { name: 'Priya Shah', partnerId: trust, role: 'Discharge coordinator' });
  const siobhan = createPerson(doc, { name: 'Siobhán Ní Bhriain', partnerId: council, role: 'Social worker' });
  updateMeta(doc, { leadPersonId: priya, reviewEveryDays: 14, nextReviewOn: '2026-03-24', voice: 'I want to be home for my garden.' });
  addConsent(doc, { name: 'Zoë Ó Briain', scope: 'Share care needs with the council', givenOn: '2026-03-09' });
  updateAgreement(doc, { objectives: 'A safe discharge', waysOfWorking: 'Weekly huddle', communication: 'Shared inbox' });
  setPartnerExpectations(doc, { partnerId: council, text: 'Care package in place' });
  signAgreement(doc, { partnerId: trust, name: 'Priya Shah' });
  const home = createGoal(doc, { title: 'Zoë gets home safely', ownerId: priya, partnerIds: [trust, council], targetDate: '2026-03-20', successMeasure: 'Home with care' });
  const carers = createGoal(doc, { title: 'Carers are supported', ownerId: siobhan });
  updateGoal(doc, carers, { status: 'at_risk' }, { name: 'Siobhán Ní Bhriain', partnerName: 'Northshire Council, Adult Social Care' });
  const awkward = createAction(doc, { title: awkwardTitle, goalId: home, ownerId: siobhan, dueDate: '2026-03-12', priority: 'high', responsibleIds: [priya], notes: 'Key safe code is with the family' });
  const equipment = createAction(doc, { title: 'Order *equipment* | bed', goalId: home, ownerId: priya, dueDate: '2026-03-15' });
  updateAction(doc, equipment, { status: 'done' }, { name: 'Priya Shah' });
  const unowned = createAction(doc, { title: '=SUM(1,2) looks like a formula', goalId: carers });
  createDecision(doc, { title: 'Discharge to home, not a care home', rationale: 'Her wish', decidedOn: '2026-03-09', agreedByPartnerIds: [trust, council], goalIds: [home], actionIds: [awkward] });
  createRisk(doc, { title: 'No care package by Friday', likelihood: 4, impact: 5, ownerId: siobhan, goalId: home, category: 'resources' });
  createCommitment(doc, { partnerId: council, goalId: home, kind: 'staff_time', amount: 4, unit: 'hours a week' });
  const review = createReview(doc, { heldOn: '2026-03-11', attendees: [{ personId: priya, attendance: 'attended' }, { personId: siobhan, attendance: 'sent_advice' }], verdicts: { [home]: 'positive' }, notes: 'Going well' });
  addComment(doc, { itemId: awkward, text: 'Done the call, "all fine"', authorName: 'Priya Shah', authorPartner: 'Riverside NHS Trust' });
  return { doc, trust, council, priya, siobhan, home, carers, awkward, equipment, unowned, review };
}
