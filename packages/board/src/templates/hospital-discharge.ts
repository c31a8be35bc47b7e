import type * as Y from 'yjs';
import { createAction } from '../actions.js';
import { addDays } from '../clock.js';
import { createCommitment } from '../commitments.js';
import { createDecision } from '../decisions.js';
import { createGoal } from '../goals.js';
import { addConsent, setPartnerExpectations, signAgreement, updateAgreement, updateMeta } from '../meta.js';
import { createPartner } from '../partners.js';
import { createPerson } from '../people.js';
import { createRisk } from '../risks.js';
import type { IsoDate } from '../types.js';

/**
 * A hospital discharge plan for one patient, shared by five organisations: the acute ward, the GP
 * practice, adult social care, community nursing and therapy, and a carers' charity. Some actions
 * are overdue or blocked, as in a real plan two days before discharge. All names are fictional.
 */
export function hospitalDischarge(doc: Y.Doc, today: IsoDate): void {
  const day = (offset: number) => addDays(today, offset);

  const ward = createPartner(doc, { name: 'Riverside Hospitals NHS Trust (Ward 7B)', kind: 'nhs_trust' });
  const gp = createPartner(doc, { name: 'Elm Street Medical Practice', kind: 'gp_practice' });
  const council = createPartner(doc, { name: 'Northshire Council Adult Social Care', kind: 'local_authority' });
  const community = createPartner(doc, { name: 'Northshire Community Nursing & Therapy', kind: 'community_health' });
  const carers = createPartner(doc, { name: 'Northshire Carers Centre', kind: 'charity' });

  const priya = createPerson(doc, { name: 'Priya Shah', partnerId: ward, role: 'Discharge coordinator', contact: 'Ward 7B, ext 4471' });
  const okafor = createPerson(doc, { name: 'Dr Tom Okafor', partnerId: ward, role: 'Consultant geriatrician' });
  const grace = createPerson(doc, { name: 'Grace Miller', partnerId: ward, role: 'Ward sister' });
  const brooks = createPerson(doc, { name: 'Dr Helen Brooks', partnerId: gp, role: 'GP' });
  const reid = createPerson(doc, { name: 'Mark Reid', partnerId: gp, role: 'Practice pharmacist' });
  const evans = createPerson(doc, { name: 'Joanne Evans', partnerId: council, role: 'Social worker' });
  const carter = createPerson(doc, { name: 'Liam Carter', partnerId: council, role: 'Reablement team manager' });
  const nolan = createPerson(doc, { name: 'Sarah Nolan', partnerId: community, role: 'District nurse' });
  const hussain = createPerson(doc, { name: 'Ahmed Hussain', partnerId: community, role: 'Occupational therapist' });
  const adeyemi = createPerson(doc, { name: 'Ruth Adeyemi', partnerId: carers, role: 'Carers support worker' });

  updateMeta(doc, {
    purpose:
      'Get Arthur Bennett (84) home safely from Ward 7B after his hip fracture, with the care and equipment he and Margaret need in place from the first day, within three days of him being medically fit.',
    sector: 'Health and social care',
    leadPersonId: priya,
    voice:
      "Arthur: \"I want to be back in my own chair by the window. I don't want a care home, and I don't want Margaret wearing herself out looking after me.\"\nMargaret: \"I'll do what I can, but I can't lift him and I need to know who to ring at night.\"",
    reviewEveryDays: 2,
    nextReviewOn: day(2),
  });
  addConsent(doc, {
    name: 'Arthur Bennett',
    scope: 'Share his care and health information between the five partners for planning his discharge and care at home.',
    givenOn: day(-5),
  });
  updateAgreement(doc, {
    objectives: 'A safe, timely discharge home that Arthur and Margaret agree with, with no one waiting on another organisation without knowing it.',
    waysOfWorking:
      'Each action has one accountable owner. Blockers are raised on the board the same day, not at the next meeting. Decisions are taken at the daily huddle and recorded here.',
    communication: 'Daily 10:00 phone huddle until discharge. Urgent issues: Priya Shah (discharge coordinator), ward 7B ext 4471. Secure email for anything identifiable.',
  });
  setPartnerExpectations(doc, { partnerId: ward, text: 'Confirm medical fitness, send the discharge summary on the day, arrange transport.' });
  setPartnerExpectations(doc, { partnerId: gp, text: 'Reconcile medicines and see Arthur within seven days of discharge.' });
  setPartnerExpectations(doc, { partnerId: council, text: 'Needs assessment, reablement package and minor adaptations in place before discharge.' });
  setPartnerExpectations(doc, { partnerId: community, text: 'Home visit, equipment and district nursing from the first day home.' });
  setPartnerExpectations(doc, { partnerId: carers, text: "Carer's assessment and support for Margaret." });
  signAgreement(doc, { partnerId: ward, name: 'Priya Shah' });
  signAgreement(doc, { partnerId: council, name: 'Joanne Evans' });
  signAgreement(doc, { partnerId: community, name: 'Ahmed Hussain' });

  const ready = createGoal(doc, {
    title: 'Arthur is medically fit and ready to leave hospital',
    successMeasure: 'Consultant confirms fit for discharge; summary received by the GP on the day',
    ownerId: okafor,
    partnerIds: [ward, gp],
    status: 'on_track',
    targetDate: day(2),
  });
  const home = createGoal(doc, {
    title: "Arthur's home is safe for his mobility",
    description: 'He lives in a two-storey terrace with a steep staircase; he walks with a frame since the fracture.',
    successMeasure: 'Home visit done, equipment delivered and rails fitted before the discharge date',
    ownerId: hussain,
    partnerIds: [community, council],
    status: 'at_risk',
    targetDate: day(3),
  });
  const care = createGoal(doc, {
    title: 'Care and reablement in place from day one',
    successMeasure: 'Reablement visits start on the day he gets home; no gap in care',
    ownerId: evans,
    partnerIds: [council, community],
    status: 'off_track',
    targetDate: day(3),
  });
  const medicines = createGoal(doc, {
    title: 'Medicines are reconciled and understood',
    successMeasure: 'Blister pack ready; Arthur and Margaret can explain the new anticoagulant',
    ownerId: reid,
    partnerIds: [gp, ward],
    status: 'on_track',
    targetDate: day(2),
  });
  const carer = createGoal(doc, {
    title: 'Margaret is supported as Arthur’s carer',
    successMeasure: "Carer's assessment done within two weeks; Margaret knows who to call day and night",
    ownerId: adeyemi,
    partnerIds: [carers, council],
    status: 'not_started',
    targetDate: day(14),
  });

  const actions: Parameters<typeof createAction>[1][] = [
    { goalId: ready, title: 'Consultant review to confirm medically fit for discharge', ownerId: okafor, responsibleIds: [okafor], informedIds: [priya], status: 'in_progress', dueDate: today, priority: 'high' },
    { goalId: ready, title: 'Physiotherapy mobility assessment on the ward', ownerId: grace, responsibleIds: [grace], status: 'done', dueDate: day(-2) },
    { goalId: ready, title: 'Send the discharge summary to the GP', ownerId: okafor, responsibleIds: [okafor], informedIds: [brooks, reid], status: 'todo', dueDate: day(2), priority: 'high' },
    { goalId: ready, title: 'Book hospital transport home', ownerId: priya, responsibleIds: [priya], informedIds: [evans], status: 'todo', dueDate: day(2) },
    { goalId: ready, title: 'GP home visit within seven days of discharge', ownerId: brooks, responsibleIds: [brooks], informedIds: [nolan], status: 'todo', dueDate: day(9), priority: 'low' },
    { goalId: home, title: 'Home environment visit and falls risk assessment', ownerId: hussain, responsibleIds: [hussain], consultedIds: [evans], status: 'blocked', dueDate: day(-1), priority: 'high', notes: 'Blocked: no one with a key is available until Margaret is back from her sister’s. Ruth is checking if the Carers Centre can help.' },
    { goalId: home, title: 'Deliver hospital bed, commode and perching stool', ownerId: hussain, responsibleIds: [hussain], status: 'in_progress', dueDate: day(1) },
    { goalId: home, title: 'Fit grab rails and a second stair banister', ownerId: evans, responsibleIds: [carter], informedIds: [hussain], status: 'todo', dueDate: day(-2), priority: 'high' },
    { goalId: home, title: 'Set up key safe and pendant alarm', ownerId: evans, responsibleIds: [evans], status: 'todo', dueDate: day(2) },
    { goalId: care, title: 'Care Act needs assessment with Arthur and Margaret', ownerId: evans, responsibleIds: [evans], consultedIds: [adeyemi, hussain], status: 'done', dueDate: day(-3) },
    { goalId: care, title: 'Confirm reablement start date (four visits a day)', ownerId: carter, responsibleIds: [carter], informedIds: [priya], status: 'in_progress', dueDate: day(-1), priority: 'high' },
    { goalId: care, title: 'Agree funding for the care package', ownerId: evans, responsibleIds: [evans], status: 'blocked', dueDate: day(1), priority: 'high', notes: 'Waiting for the funding panel, which meets on Thursday.' },
    { goalId: care, title: 'Arrange district nurse visits for wound care', ownerId: nolan, responsibleIds: [nolan], informedIds: [brooks], status: 'todo', dueDate: day(2) },
    { goalId: medicines, title: 'Reconcile medicines against the GP record', ownerId: reid, responsibleIds: [reid], consultedIds: [okafor], status: 'done', dueDate: day(-1) },
    { goalId: medicines, title: 'Set up a blister pack with the community pharmacy', ownerId: reid, responsibleIds: [reid], status: 'in_progress', dueDate: day(1) },
    { goalId: medicines, title: 'Explain the new anticoagulant to Arthur and Margaret', ownerId: grace, responsibleIds: [grace], informedIds: [adeyemi], status: 'todo', dueDate: day(2) },
    { goalId: carer, title: "Carer's assessment for Margaret", ownerId: adeyemi, responsibleIds: [adeyemi], consultedIds: [evans], status: 'todo', dueDate: day(5) },
    { goalId: carer, title: "Give Margaret a carers' emergency card and respite options", ownerId: adeyemi, responsibleIds: [adeyemi], status: 'todo', dueDate: day(7), priority: 'low' },
  ];
  for (const action of actions) createAction(doc, action);

  createDecision(doc, {
    title: 'Discharge home with reablement, not to a short-term care home bed',
    context: 'Arthur is close to medically fit. The choice was between home with reablement and an interim care home placement while the home is made safe.',
    alternatives: 'Interim care home bed (discharge to assess, pathway 3); staying on the ward until every adaptation is done.',
    rationale: "It is what Arthur wants; the occupational therapist judges the home can be made safe in three days; reablement has capacity next week.",
    decidedOn: day(-2),
    decidedBy: 'Multi-disciplinary discharge meeting',
    agreedByPartnerIds: [ward, council, community, carers],
    consultedIds: [brooks],
    goalIds: [home, care],
    status: 'agreed',
  });
  createDecision(doc, {
    title: 'Daily 10:00 phone huddle until discharge',
    rationale: 'Blockers were surfacing days late by email.',
    decidedOn: day(-3),
    decidedBy: 'Discharge coordinator with all partners',
    agreedByPartnerIds: [ward, gp, council, community, carers],
    status: 'agreed',
  });

  createRisk(doc, {
    title: 'Reablement has no capacity on the discharge date',
    description: 'Cause: staff shortages in the north locality. Event: visits cannot start on the day. Effect: Arthur stays in hospital longer or goes home without care.',
    category: 'resources',
    likelihood: 4,
    impact: 4,
    response: 'mitigate',
    mitigation: 'Bridge with the home care framework; escalate to the ASC duty manager if not confirmed two days before discharge.',
    ownerId: carter,
    goalId: care,
    triggerOn: day(1),
  });
  createRisk(doc, {
    title: 'Margaret becomes overwhelmed as the only carer',
    description: 'Margaret is 81 and has her own heart condition.',
    category: 'other',
    likelihood: 3,
    impact: 4,
    response: 'mitigate',
    mitigation: "Carer's assessment, emergency card, and a named contact at the Carers Centre.",
    ownerId: adeyemi,
    goalId: carer,
  });
  createRisk(doc, {
    title: 'The discharge summary reaches the GP late',
    category: 'communication',
    likelihood: 3,
    impact: 3,
    response: 'mitigate',
    mitigation: 'Send electronically on the day of discharge and phone the practice pharmacist.',
    ownerId: okafor,
    goalId: medicines,
  });
  createRisk(doc, {
    title: 'Nobody was sure who orders the equipment',
    category: 'unclear_roles',
    likelihood: 2,
    impact: 3,
    response: 'avoid',
    mitigation: 'Agreed at the huddle: community OT orders, social care fits adaptations.',
    ownerId: hussain,
    goalId: home,
    status: 'closed',
  });

  createCommitment(doc, { partnerId: council, goalId: care, kind: 'funding', amount: 6, unit: 'weeks of reablement', status: 'pledged' });
  createCommitment(doc, { partnerId: community, goalId: home, kind: 'staff_time', amount: 3, unit: 'OT visits', status: 'pledged' });
  createCommitment(doc, { partnerId: carers, goalId: carer, kind: 'staff_time', amount: 2, unit: 'hours a week', note: 'Carer support worker, for eight weeks', status: 'pledged' });
}
