import type { BoardTemplate } from './template.js';

/**
 * A cross-functional launch of a new product: sales, R&D, marketing and two outside partners (a
 * manufacturer and a reseller). It is about a product, not a person, so it has no voice or consent
 * record. All names are fictional.
 */
export const productLaunch: BoardTemplate = {
  label: 'Cross-functional product launch',
  description: 'Bringing a product to market together: sales, R&D, marketing and external partners, reviewed fortnightly.',
  sector: 'Business',
  purpose:
    'Launch the Aria smart thermostat in the UK by the end of next quarter, with sales, R&D, marketing and our manufacturing and retail partners ready on the same day.',
  lead: 'nina',
  reviewEveryDays: 14,
  nextReviewInDays: 14,
  agreement: {
    objectives: 'A launch on the agreed date that meets the quality bar, with every team ready and no last-minute surprises between teams.',
    waysOfWorking:
      'One accountable owner for every action. A slip is raised on the board the day it is known. Scope changes go through the launch lead and are recorded as decisions.',
    communication:
      'Fortnightly launch review; a 15-minute stand-up on Mondays. Day-to-day questions in the shared launch channel; partners are added as guests.',
    expectations: {
      rd: 'Ship firmware that passes certification, and support the pilot customers.',
      sales: 'Sign up launch customers and set the sales targets and pricing with marketing.',
      marketing: 'Positioning, launch campaign and the product page, on time for launch day.',
      maker: 'Produce the first 5,000 units to the agreed quality and dates.',
      retail: 'List the product and train store staff before launch day.',
    },
    signedBy: { rd: 'Tom Becker', sales: 'Lisa Grant', marketing: 'Nina Costa' },
  },
  partners: [
    { key: 'rd', name: 'Research and Development', kind: 'business_unit' },
    { key: 'sales', name: 'Sales', kind: 'business_unit' },
    { key: 'marketing', name: 'Marketing', kind: 'business_unit' },
    { key: 'maker', name: 'Brightline Manufacturing (external)', kind: 'other' },
    { key: 'retail', name: 'HomeTech Retail (external reseller)', kind: 'other' },
  ],
  people: [
    { key: 'nina', name: 'Nina Costa', partner: 'marketing', role: 'Launch lead, product marketing' },
    { key: 'tom', name: 'Tom Becker', partner: 'rd', role: 'Engineering manager' },
    { key: 'wei', name: 'Wei Zhang', partner: 'rd', role: 'Firmware lead' },
    { key: 'lisa', name: 'Lisa Grant', partner: 'sales', role: 'Head of sales' },
    { key: 'omar', name: 'Omar Farouk', partner: 'sales', role: 'Key account manager' },
    { key: 'ella', name: 'Ella Price', partner: 'marketing', role: 'Campaign manager' },
    { key: 'raj', name: 'Raj Mehta', partner: 'maker', role: 'Production manager' },
    { key: 'claire', name: 'Claire Dunn', partner: 'retail', role: 'Category buyer' },
  ],
  goals: [
    {
      key: 'ready',
      title: 'The product is certified and ready to ship',
      successMeasure: 'UKCA certification passed; firmware 1.0 released; first 5,000 units in the warehouse',
      owner: 'tom',
      partners: ['rd', 'maker'],
      status: 'on_track',
      targetInDays: 70,
    },
    {
      key: 'customers',
      title: 'Launch customers are signed up',
      successMeasure: 'Three retail and ten installer accounts signed before launch day',
      owner: 'lisa',
      partners: ['sales', 'retail'],
      status: 'at_risk',
      targetInDays: 80,
    },
    {
      key: 'campaign',
      title: 'Customers know about Aria on launch day',
      successMeasure: 'Campaign live and product page published on launch day; 20,000 visits in the first week',
      owner: 'ella',
      partners: ['marketing', 'retail'],
      status: 'not_started',
      targetInDays: 90,
    },
  ],
  actions: [
    { goal: 'ready', title: 'Submit the thermostat for UKCA certification', owner: 'wei', responsible: ['wei'], informed: ['nina'], status: 'in_progress', dueInDays: 14, priority: 'high' },
    { goal: 'ready', title: 'Agree the production schedule with Brightline', owner: 'tom', responsible: ['tom'], consulted: ['raj'], status: 'done', dueInDays: -7 },
    { goal: 'ready', title: 'Pilot with 50 homes and fix what they find', owner: 'wei', responsible: ['wei'], consulted: ['omar'], status: 'blocked', dueInDays: -3, priority: 'high', notes: 'Blocked: pilot units held at customs.' },
    { goal: 'ready', title: 'First production run of 5,000 units', owner: 'raj', responsible: ['raj'], informed: ['tom', 'lisa'], status: 'todo', dueInDays: 60 },
    { goal: 'customers', title: 'Set launch pricing and installer discounts', owner: 'lisa', responsible: ['lisa'], consulted: ['nina'], status: 'in_progress', dueInDays: 10 },
    { goal: 'customers', title: 'Pitch to the three retail buyers', owner: 'omar', responsible: ['omar'], informed: ['claire'], status: 'todo', dueInDays: 30 },
    { goal: 'customers', title: 'Train HomeTech store staff', owner: 'claire', responsible: ['claire'], consulted: ['wei'], status: 'todo', dueInDays: 75, priority: 'low' },
    { goal: 'campaign', title: 'Positioning and messaging agreed by all teams', owner: 'nina', responsible: ['nina'], consulted: ['lisa', 'tom'], status: 'todo', dueInDays: -1, priority: 'high' },
    { goal: 'campaign', title: 'Product page and launch video', owner: 'ella', responsible: ['ella'], status: 'todo', dueInDays: 70 },
  ],
  decisions: [
    {
      title: 'Launch in the UK first, Europe six months later',
      context: 'Certification for the EU and UK could run together or one after the other.',
      alternatives: 'A joint UK and EU launch, three months later.',
      rationale: 'An earlier UK launch meets the retail partner’s spring range date and lets us learn before Europe.',
      decidedInDays: -10,
      decidedBy: 'Launch steering group',
      agreedBy: ['rd', 'sales', 'marketing'],
      consulted: ['claire'],
      status: 'agreed',
      reviewInDays: 90,
    },
  ],
  risks: [
    {
      title: 'Certification fails and the launch date slips',
      category: 'resources',
      likelihood: 2,
      impact: 5,
      response: 'mitigate',
      mitigation: 'Pre-test at an accredited lab; keep two weeks of slack before the production run.',
      owner: 'wei',
      goal: 'ready',
      triggerInDays: 21,
    },
    {
      title: 'Sales and marketing aim at different customers',
      category: 'differing_priorities',
      likelihood: 3,
      impact: 3,
      response: 'avoid',
      mitigation: 'One positioning paper agreed by both heads before any campaign work.',
      owner: 'nina',
      goal: 'campaign',
    },
    {
      title: 'The manufacturer hears about changes too late',
      category: 'communication',
      likelihood: 3,
      impact: 4,
      response: 'mitigate',
      mitigation: 'Brightline joins the Monday stand-up; design changes are frozen 60 days before launch.',
      owner: 'tom',
    },
  ],
  commitments: [
    { partner: 'rd', goal: 'ready', kind: 'staff_time', amount: 4, unit: 'engineers full time', status: 'pledged' },
    { partner: 'marketing', goal: 'campaign', kind: 'funding', amount: 120000, unit: '£ campaign budget', status: 'pledged' },
    { partner: 'retail', goal: 'customers', kind: 'facilities', note: 'Demo stands in 40 stores', status: 'pledged' },
  ],
};
