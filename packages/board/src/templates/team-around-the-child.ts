import type * as Y from 'yjs';
import { createAction } from '../actions.js';
import { addDays } from '../clock.js';
import { createCommitment } from '../commitments.js';
import { createDecision } from '../decisions.js';
import { createGoal } from '../goals.js';
import { addConsent, setPartnerExpectations, updateAgreement, updateMeta } from '../meta.js';
import { createPartner } from '../partners.js';
import { createPerson } from '../people.js';
import { createRisk } from '../risks.js';
import type { IsoDate } from '../types.js';

/**
 * A school-led Early Help plan: the Team Around the Child for a nine-year-old, with his family,
 * the school, the council's Early Help service, school nursing, children's mental health support
 * and a family support charity. All names are fictional.
 */
export function teamAroundTheChild(doc: Y.Doc, today: IsoDate): void {
  const day = (offset: number) => addDays(today, offset);

  const school = createPartner(doc, { name: 'Oakfield Primary School', kind: 'school' });
  const earlyHelp = createPartner(doc, { name: 'Northshire Early Help Service', kind: 'local_authority' });
  const nursing = createPartner(doc, { name: 'School Nursing Team', kind: 'community_health' });
  const mentalHealth = createPartner(doc, { name: 'Mental Health Support Team (NHS)', kind: 'nhs_trust' });
  const homeStart = createPartner(doc, { name: 'Home-Start Northshire', kind: 'charity' });

  const walsh = createPerson(doc, { name: 'Claire Walsh', partnerId: school, role: 'Deputy head and designated safeguarding lead' });
  const osei = createPerson(doc, { name: 'Daniel Osei', partnerId: school, role: 'Class teacher, Year 5' });
  const patel = createPerson(doc, { name: 'Meena Patel', partnerId: school, role: 'SENCo' });
  const hughes = createPerson(doc, { name: 'Rachel Hughes', partnerId: earlyHelp, role: 'Family support worker' });
  const kowalski = createPerson(doc, { name: 'Anna Kowalski', partnerId: nursing, role: 'School nurse' });
  const grant = createPerson(doc, { name: 'Simon Grant', partnerId: mentalHealth, role: 'Education mental health practitioner' });
  const lewis = createPerson(doc, { name: 'Beverley Lewis', partnerId: homeStart, role: 'Volunteer coordinator' });

  updateMeta(doc, {
    purpose:
      "Help Jayden (9) get to school on time and feel settled there, and help his mum, Kerry, with mornings and routines at home, so that things improve without needing a referral to children's social care.",
    sector: "Children's services (Early Help)",
    leadPersonId: walsh,
    voice:
      'Jayden: "I like football and drawing. I hate it when mornings are shouty. I want to get in early so I can play before the bell."\nKerry: "Since the baby came I can\'t get everyone out of the door. I want help, not judging."',
    reviewEveryDays: 42,
    nextReviewOn: day(28),
  });
  addConsent(doc, {
    name: 'Kerry Thompson (parent)',
    scope: 'Share information about Jayden and the family between the TAC partners for this Early Help plan.',
    givenOn: day(-14),
  });
  updateAgreement(doc, {
    objectives: 'Better attendance, calmer mornings and a happier Jayden, with the family leading the plan.',
    waysOfWorking: 'The family is at every TAC meeting. Claire Walsh is the lead professional and single point of contact. Each action has one named owner.',
    communication: 'TAC meeting every six weeks at school. Between meetings, updates on this board; anything urgent goes to Claire Walsh.',
  });
  setPartnerExpectations(doc, { partnerId: school, text: 'Lead the plan, track attendance weekly, and offer breakfast club and a morning check-in.' });
  setPartnerExpectations(doc, { partnerId: earlyHelp, text: 'Weekly family support sessions on routines and parenting.' });
  setPartnerExpectations(doc, { partnerId: homeStart, text: 'A volunteer for two mornings a week while the baby is small.' });

  const attendance = createGoal(doc, {
    title: 'Jayden is in school on time every day',
    successMeasure: 'Attendance up from 84% to 95% by the next review; late marks down from 3 a week to none',
    ownerId: walsh,
    partnerIds: [school, earlyHelp, homeStart],
    status: 'on_track',
    targetDate: day(42),
  });
  const wellbeing = createGoal(doc, {
    title: 'Jayden feels calmer and happier at school',
    successMeasure: 'Fewer incidents at lunchtime; Jayden rates his week 4 out of 5 or better',
    ownerId: patel,
    partnerIds: [school, mentalHealth],
    status: 'at_risk',
    targetDate: day(42),
  });
  const mornings = createGoal(doc, {
    title: 'Mornings at home are calmer',
    successMeasure: 'Kerry says mornings are manageable on most days',
    ownerId: hughes,
    partnerIds: [earlyHelp, homeStart],
    status: 'not_started',
    targetDate: day(42),
  });
  const health = createGoal(doc, {
    title: 'Jayden sleeps well and is ready to learn',
    successMeasure: 'Regular bedtime on school nights; no longer tired in morning lessons',
    ownerId: kowalski,
    partnerIds: [nursing],
    status: 'on_track',
    targetDate: day(42),
  });

  const actions: Parameters<typeof createAction>[1][] = [
    { goalId: attendance, title: 'Offer Jayden a free breakfast club place', ownerId: walsh, responsibleIds: [walsh], informedIds: [hughes], status: 'done', dueDate: day(-7) },
    { goalId: attendance, title: 'Weekly attendance check shared with the family', ownerId: osei, responsibleIds: [osei], informedIds: [walsh], status: 'in_progress', dueDate: day(7) },
    { goalId: attendance, title: 'Home-Start volunteer for two mornings a week', ownerId: lewis, responsibleIds: [lewis], consultedIds: [hughes], status: 'blocked', dueDate: day(-3), priority: 'high', notes: 'Blocked: waiting for the volunteer’s DBS check.' },
    { goalId: attendance, title: 'Walking bus route from the estate', ownerId: walsh, responsibleIds: [osei], status: 'todo', dueDate: day(21), priority: 'low' },
    { goalId: wellbeing, title: 'Morning check-in with a trusted adult', ownerId: patel, responsibleIds: [osei], status: 'in_progress', dueDate: day(3) },
    { goalId: wellbeing, title: 'Six sessions with the Mental Health Support Team', ownerId: grant, responsibleIds: [grant], consultedIds: [patel], informedIds: [walsh], status: 'todo', dueDate: day(-1), priority: 'high' },
    { goalId: wellbeing, title: 'Lunchtime football club place', ownerId: osei, responsibleIds: [osei], status: 'done', dueDate: day(-10) },
    { goalId: wellbeing, title: 'Check for unmet learning needs (SEN support)', ownerId: patel, responsibleIds: [patel], consultedIds: [osei], status: 'todo', dueDate: day(14) },
    { goalId: mornings, title: 'Weekly family support sessions on routines', ownerId: hughes, responsibleIds: [hughes], status: 'todo', dueDate: day(-2), priority: 'high' },
    { goalId: mornings, title: 'Visual morning routine chart made with Jayden', ownerId: hughes, responsibleIds: [hughes], consultedIds: [patel], status: 'todo', dueDate: day(10) },
    { goalId: mornings, title: 'Check Kerry is getting the childcare and benefits she is entitled to', ownerId: hughes, responsibleIds: [hughes], status: 'in_progress', dueDate: day(5) },
    { goalId: health, title: 'School nurse sleep and health review', ownerId: kowalski, responsibleIds: [kowalski], informedIds: [walsh], status: 'done', dueDate: day(-5) },
    { goalId: health, title: 'Bedtime routine and screen-time plan with Kerry', ownerId: kowalski, responsibleIds: [kowalski, hughes], status: 'in_progress', dueDate: day(7) },
    { goalId: health, title: 'Eye test (Jayden squints at the board)', ownerId: kowalski, responsibleIds: [kowalski], informedIds: [osei], status: 'todo', dueDate: day(14), priority: 'low' },
  ];
  for (const action of actions) createAction(doc, action);

  createDecision(doc, {
    title: 'Claire Walsh is the lead professional',
    rationale: 'Jayden and Kerry know and trust her, and school sees Jayden every day.',
    decidedOn: day(-14),
    decidedBy: 'First TAC meeting, with Kerry',
    agreedByPartnerIds: [school, earlyHelp, nursing, homeStart],
    status: 'agreed',
  });

  createRisk(doc, {
    title: 'Kerry feels judged and disengages from the plan',
    category: 'trust',
    likelihood: 2,
    impact: 5,
    response: 'mitigate',
    mitigation: 'Kerry chairs part of each TAC meeting; plan written in her and Jayden’s words.',
    ownerId: walsh,
  });
  createRisk(doc, {
    title: 'Mental health support waiting list is longer than the plan allows',
    category: 'resources',
    likelihood: 4,
    impact: 3,
    response: 'mitigate',
    mitigation: 'SENCo runs interim check-ins; review at the next TAC.',
    ownerId: grant,
    goalId: wellbeing,
  });

  createCommitment(doc, { partnerId: school, goalId: attendance, kind: 'facilities', note: 'Breakfast club place, free of charge', status: 'delivered' });
  createCommitment(doc, { partnerId: homeStart, goalId: attendance, kind: 'staff_time', amount: 2, unit: 'mornings a week', status: 'pledged' });
}
