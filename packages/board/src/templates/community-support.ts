import type { BoardTemplate } from './template.js';

/**
 * A neighbourhood plan for the winter, led by the council's communities team with local charities,
 * the housing association and volunteers. It is about a place, not one person, so it has no voice
 * or consent record. All names are fictional.
 */
export const communitySupport: BoardTemplate = {
  label: 'Community support plan',
  description: 'A neighbourhood working together: council, charities, housing and volunteers, reviewed monthly.',
  sector: 'Community and voluntary sector',
  purpose:
    'Make sure no older or isolated resident in Eastfield goes cold, hungry or alone this winter, by joining up what the council, local charities, the housing association and volunteers already do.',
  lead: 'amira',
  reviewEveryDays: 28,
  nextReviewInDays: 21,
  agreement: {
    objectives: 'Every isolated resident we know of has a named contact, a warm home and food this winter, and no one is visited by three services while their neighbour gets none.',
    waysOfWorking:
      'Referrals go through one shared list on this board. Each partner says what it can really offer, not what it would like to. Volunteers are supported and never left to handle a crisis alone.',
    communication:
      'Monthly partnership meeting at Eastfield Community Centre. A weekly update from each partner on this board. Safeguarding concerns go straight to the council’s adult social care front door, the same day.',
    expectations: {
      council: 'Chair the partnership, run the shared referral list and fund the warm space.',
      foodbank: 'Food parcels within 48 hours of a referral, and a winter fuel voucher scheme.',
      ageuk: 'Befriending calls and benefits checks for residents over 65.',
      housing: 'Check on tenants who live alone and fix heating faults as an emergency.',
      volunteers: 'Shopping, lifts and friendly visits, coordinated through the volunteer lead.',
    },
  },
  partners: [
    { key: 'council', name: 'Northshire Council Communities Team', kind: 'local_authority' },
    { key: 'foodbank', name: 'Eastfield Food Bank', kind: 'charity' },
    { key: 'ageuk', name: 'Age UK Northshire', kind: 'charity' },
    { key: 'housing', name: 'Northshire Homes', kind: 'housing' },
    { key: 'volunteers', name: 'Eastfield Good Neighbours (volunteers)', kind: 'other' },
  ],
  people: [
    { key: 'amira', name: 'Amira Begum', partner: 'council', role: 'Community development officer' },
    { key: 'paul', name: 'Paul Dawson', partner: 'council', role: 'Warm spaces coordinator' },
    { key: 'jo', name: 'Jo Fletcher', partner: 'foodbank', role: 'Food bank manager' },
    { key: 'irene', name: 'Irene Walker', partner: 'ageuk', role: 'Befriending coordinator' },
    { key: 'marcus', name: 'Marcus Hill', partner: 'housing', role: 'Tenancy support officer' },
    { key: 'sue', name: 'Sue Patterson', partner: 'volunteers', role: 'Volunteer lead' },
  ],
  goals: [
    {
      key: 'warm',
      title: 'Residents at risk keep their homes warm',
      successMeasure: 'Every known at-risk household has had a heating check and knows where to get fuel support',
      owner: 'marcus',
      partners: ['housing', 'foodbank', 'council'],
      status: 'on_track',
      targetInDays: 60,
    },
    {
      key: 'food',
      title: 'No one on the list goes without food',
      successMeasure: 'Food parcels delivered within 48 hours of every referral',
      owner: 'jo',
      partners: ['foodbank', 'volunteers'],
      status: 'on_track',
      targetInDays: 90,
    },
    {
      key: 'lonely',
      title: 'Isolated residents have someone to talk to every week',
      successMeasure: 'Each person on the befriending list gets a weekly call or visit',
      owner: 'irene',
      partners: ['ageuk', 'volunteers'],
      status: 'at_risk',
      targetInDays: 90,
    },
    {
      key: 'joined',
      title: 'Partners share one list and no one is missed or visited twice',
      successMeasure: 'One referral list in use by all five partners by the first review',
      owner: 'amira',
      partners: ['council', 'foodbank', 'ageuk', 'housing', 'volunteers'],
      status: 'not_started',
      targetInDays: 21,
    },
  ],
  actions: [
    { goal: 'joined', title: 'Agree one referral form and a data-sharing agreement', owner: 'amira', responsible: ['amira'], consulted: ['jo', 'irene', 'marcus'], status: 'in_progress', dueInDays: 7, priority: 'high' },
    { goal: 'joined', title: 'Map who each partner already visits', owner: 'amira', responsible: ['amira', 'sue'], status: 'todo', dueInDays: 14 },
    { goal: 'warm', title: 'Heating checks for tenants over 75 who live alone', owner: 'marcus', responsible: ['marcus'], status: 'in_progress', dueInDays: 30 },
    { goal: 'warm', title: 'Open the warm space at the community centre three days a week', owner: 'paul', responsible: ['paul'], informed: ['irene', 'sue'], status: 'done', dueInDays: -7 },
    { goal: 'warm', title: 'Launch the winter fuel voucher scheme', owner: 'jo', responsible: ['jo'], consulted: ['paul'], status: 'blocked', dueInDays: -2, priority: 'high', notes: 'Blocked: waiting for the energy supplier to confirm the voucher codes.' },
    { goal: 'food', title: 'Set up volunteer food deliveries for people who cannot get out', owner: 'sue', responsible: ['sue'], informed: ['jo'], status: 'in_progress', dueInDays: 10 },
    { goal: 'food', title: 'Benefits check for every household referred twice', owner: 'irene', responsible: ['irene'], status: 'todo', dueInDays: 21 },
    { goal: 'lonely', title: 'Recruit and DBS-check ten more befriending volunteers', owner: 'sue', responsible: ['sue'], consulted: ['irene'], status: 'todo', dueInDays: -1, priority: 'high' },
    { goal: 'lonely', title: 'Weekly befriending calls from Age UK', owner: 'irene', responsible: ['irene'], status: 'in_progress', dueInDays: 90, priority: 'low' },
  ],
  decisions: [
    {
      title: 'The council holds the one shared referral list',
      rationale: 'It already has a data protection officer and a secure system; charities can add to it through a simple form.',
      decidedInDays: -5,
      decidedBy: 'First partnership meeting',
      agreedBy: ['council', 'foodbank', 'ageuk', 'housing'],
      goals: ['joined'],
      status: 'agreed',
      reviewInDays: 60,
    },
  ],
  risks: [
    {
      title: 'Volunteers burn out over the winter',
      category: 'resources',
      likelihood: 3,
      impact: 4,
      response: 'mitigate',
      mitigation: 'A rota so no one does more than two shifts a week; a monthly volunteers’ get-together.',
      owner: 'sue',
      goal: 'food',
    },
    {
      title: 'Partners hold back referrals they see as their own clients',
      category: 'trust',
      likelihood: 3,
      impact: 3,
      response: 'mitigate',
      mitigation: 'Data-sharing agreement signed by all; each partner keeps its own relationship with the resident.',
      owner: 'amira',
      goal: 'joined',
    },
    {
      title: 'Charities and the council count success differently',
      category: 'differing_priorities',
      likelihood: 2,
      impact: 3,
      response: 'accept',
      mitigation: 'The plan reports people reached and their own words, alongside each funder’s figures.',
      owner: 'amira',
    },
  ],
  commitments: [
    { partner: 'council', goal: 'warm', kind: 'funding', amount: 8000, unit: '£ for the warm space', status: 'pledged' },
    { partner: 'volunteers', goal: 'food', kind: 'staff_time', amount: 40, unit: 'volunteer hours a week', status: 'pledged' },
    { partner: 'housing', goal: 'warm', kind: 'staff_time', amount: 1, unit: 'officer, two days a week', status: 'pledged' },
    { partner: 'council', goal: 'warm', kind: 'facilities', note: 'Eastfield Community Centre main hall', status: 'delivered' },
  ],
};
