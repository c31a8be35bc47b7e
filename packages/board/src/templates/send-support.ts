import type { BoardTemplate } from './template.js';

/**
 * A SEN support plan for one pupil, run on the graduated approach (assess, plan, do, review) before
 * any request for an EHC needs assessment: the school and its SENCO, the parents, the educational
 * psychologist, speech and language therapy and the local authority's SEND team. All names are fictional.
 */
export const sendSupport: BoardTemplate = {
  label: 'SEND support plan',
  description: 'A pupil’s special educational needs support: school, SENCO, parents, educational psychologist and local authority, reviewed each term.',
  sector: 'Education (SEND)',
  purpose:
    'Help Maya Ahmed (7) catch up with reading and make herself understood in class, with the support agreed by her school, her parents and the specialists, reviewed each term on the assess, plan, do, review cycle.',
  lead: 'senco',
  voice:
    'Maya: "I like drawing and the reading dog. I don\'t like reading out loud because people laugh when I say words wrong. I want to read Harry Potter like my cousin."\nNadia (mum): "Maya is bright and funny at home. We want her to stop saying she is stupid, and to know what the school is doing and how we can help at home."',
  reviewEveryDays: 84,
  nextReviewInDays: 42,
  consent: [
    {
      name: 'Nadia and Omar Ahmed (parents)',
      scope: 'Share Maya’s school records and assessments with the educational psychologist, speech and language therapy and the local authority SEND team for this support plan.',
      givenInDays: -21,
    },
  ],
  agreement: {
    objectives: 'Maya makes good progress in reading and speech, feels confident in class, and her parents are equal partners in the plan.',
    waysOfWorking:
      'Plans are made with Maya and her parents, never for them. Each action has one named owner. Specialist advice is written into the plan in plain words within two weeks of a visit.',
    communication:
      'Termly review meeting at school, with Maya’s views gathered beforehand. A home-school book every Friday. Anything urgent goes to the SENCO, Ms Bell.',
    expectations: {
      school: 'Deliver the agreed interventions, track progress half-termly and hold the termly review.',
      parents: 'Share what works at home, read with Maya three times a week and come to reviews.',
      ep: 'Assess Maya’s learning needs and give written advice the school can act on.',
      salt: 'Assess Maya’s speech sounds and train the teaching assistant in her programme.',
      la: 'Advise on SEN support and on whether an EHC needs assessment is needed.',
    },
    signedBy: { school: 'Helen Bell', parents: 'Nadia Ahmed' },
  },
  partners: [
    { key: 'school', name: 'Oakfield Primary School', kind: 'school' },
    { key: 'parents', name: 'Maya’s family', kind: 'other' },
    { key: 'ep', name: 'Northshire Educational Psychology Service', kind: 'local_authority' },
    { key: 'salt', name: 'Children’s Speech and Language Therapy (NHS)', kind: 'community_health' },
    { key: 'la', name: 'Northshire Council SEND Team', kind: 'local_authority' },
  ],
  people: [
    { key: 'senco', name: 'Helen Bell', partner: 'school', role: 'SENCO' },
    { key: 'teacher', name: 'James Clarke', partner: 'school', role: 'Class teacher, Year 2' },
    { key: 'ta', name: 'Sophie Wright', partner: 'school', role: 'Teaching assistant' },
    { key: 'mum', name: 'Nadia Ahmed', partner: 'parents', role: 'Parent' },
    { key: 'dad', name: 'Omar Ahmed', partner: 'parents', role: 'Parent' },
    { key: 'psych', name: 'Dr Laura Finch', partner: 'ep', role: 'Educational psychologist' },
    { key: 'therapist', name: 'Kate Morgan', partner: 'salt', role: 'Speech and language therapist' },
    { key: 'officer', name: 'David Kim', partner: 'la', role: 'SEND officer' },
  ],
  goals: [
    {
      key: 'reading',
      title: 'Maya reads with growing confidence',
      successMeasure: 'Moves up two reading book bands by the next review; reads a page aloud to the TA without stopping',
      owner: 'senco',
      partners: ['school', 'parents', 'ep'],
      status: 'on_track',
      targetInDays: 84,
    },
    {
      key: 'speech',
      title: 'Maya is understood by adults and friends',
      successMeasure: 'Clear production of the target sounds in conversation, by the therapist’s review',
      owner: 'therapist',
      partners: ['salt', 'school', 'parents'],
      status: 'at_risk',
      targetInDays: 84,
    },
    {
      key: 'confidence',
      title: 'Maya feels good about herself as a learner',
      successMeasure: 'Maya no longer calls herself stupid; she puts her hand up at least once a day',
      owner: 'teacher',
      partners: ['school', 'parents'],
      status: 'not_started',
      targetInDays: 84,
    },
    {
      key: 'next',
      title: 'Everyone knows whether Maya needs an EHC needs assessment',
      successMeasure: 'A decision at the termly review, with the evidence from two cycles of SEN support',
      owner: 'officer',
      partners: ['la', 'school', 'ep'],
      status: 'not_started',
      targetInDays: 84,
    },
  ],
  actions: [
    { goal: 'reading', title: 'Daily 15-minute phonics catch-up with the TA', owner: 'senco', responsible: ['ta'], informed: ['mum'], status: 'in_progress', dueInDays: 42 },
    { goal: 'reading', title: 'Educational psychologist assessment of Maya’s learning', owner: 'psych', responsible: ['psych'], consulted: ['senco', 'mum'], status: 'todo', dueInDays: -3, priority: 'high' },
    { goal: 'reading', title: 'Reading at home three times a week, logged in the home-school book', owner: 'mum', responsible: ['mum', 'dad'], status: 'in_progress', dueInDays: 42 },
    { goal: 'reading', title: 'Baseline reading and spelling assessment', owner: 'senco', responsible: ['senco'], status: 'done', dueInDays: -14 },
    { goal: 'speech', title: 'Speech and language therapy assessment in school', owner: 'therapist', responsible: ['therapist'], consulted: ['teacher'], status: 'done', dueInDays: -10 },
    { goal: 'speech', title: 'Train the TA to deliver Maya’s speech sounds programme', owner: 'therapist', responsible: ['therapist', 'ta'], status: 'blocked', dueInDays: -2, priority: 'high', notes: 'Blocked: the school cannot release the TA on the therapist’s only free afternoon.' },
    { goal: 'speech', title: 'Practise target sounds at home with picture cards', owner: 'mum', responsible: ['mum'], status: 'todo', dueInDays: 14 },
    { goal: 'confidence', title: 'Gather Maya’s views with a one-page profile', owner: 'teacher', responsible: ['teacher', 'ta'], consulted: ['mum'], status: 'todo', dueInDays: 7 },
    { goal: 'confidence', title: 'Never ask Maya to read aloud in front of the class unless she offers', owner: 'teacher', responsible: ['teacher'], status: 'in_progress', dueInDays: 84, priority: 'low' },
    { goal: 'next', title: 'Write up the evidence of two assess-plan-do-review cycles', owner: 'senco', responsible: ['senco'], consulted: ['psych'], informed: ['officer'], status: 'todo', dueInDays: 70 },
    { goal: 'next', title: 'Explain the EHC needs assessment process to Maya’s parents', owner: 'officer', responsible: ['officer'], informed: ['senco'], status: 'todo', dueInDays: 28 },
  ],
  decisions: [
    {
      title: 'Maya goes on the SEN support register with a termly plan',
      context: 'Maya has made little progress in phonics for two terms despite quality first teaching.',
      alternatives: 'Keep her on the class teacher’s targets only; ask at once for an EHC needs assessment.',
      rationale: 'The graduated approach first: targeted support now, with evidence to show whether it is enough.',
      decidedInDays: -21,
      decidedBy: 'SENCO with Maya’s parents and class teacher',
      agreedBy: ['school', 'parents'],
      consulted: ['psych'],
      goals: ['reading', 'speech'],
      status: 'agreed',
    },
  ],
  risks: [
    {
      title: 'The educational psychologist’s waiting list delays the advice',
      category: 'resources',
      likelihood: 4,
      impact: 3,
      response: 'mitigate',
      mitigation: 'The SENCO uses the service’s consultation line meanwhile; the LA SEND officer checks the waiting time.',
      owner: 'officer',
      goal: 'reading',
      triggerInDays: 14,
    },
    {
      title: 'Parents hear about the plan only at reviews',
      description: 'Cause: messages go through Maya’s book bag. Effect: Nadia and Omar feel left out and cannot help at home.',
      category: 'communication',
      likelihood: 3,
      impact: 3,
      response: 'avoid',
      mitigation: 'Weekly home-school book, and the SENCO phones after every specialist visit.',
      owner: 'senco',
    },
    {
      title: 'School and therapy service each think the other delivers the speech programme',
      category: 'unclear_roles',
      likelihood: 3,
      impact: 4,
      response: 'mitigate',
      mitigation: 'Agreement names who delivers (the TA) and who trains and checks (the therapist).',
      owner: 'therapist',
      goal: 'speech',
    },
  ],
  commitments: [
    { partner: 'school', goal: 'reading', kind: 'staff_time', amount: 75, unit: 'minutes a week of TA time', status: 'pledged' },
    { partner: 'ep', goal: 'reading', kind: 'expertise', amount: 1, unit: 'assessment and written advice', status: 'pledged' },
    { partner: 'salt', goal: 'speech', kind: 'expertise', amount: 2, unit: 'training sessions', status: 'pledged' },
  ],
};
