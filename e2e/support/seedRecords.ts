import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  addDays,
  createAction,
  createDecision,
  createGoal,
  createPartner,
  createPerson,
  createRisk,
  isoDateOf,
  readBoard,
} from '../../packages/board/src/index';
import type { CreatedBoard } from './api';

/** The names the records specs find things by. */
export const records = {
  ward: 'Riverside Hospitals NHS Trust',
  council: 'Northshire Council Adult Social Care',
  priya: 'Priya Shah',
  joanne: 'Joanne Evans',
  homeGoal: "Arthur's home is safe for his mobility",
  careGoal: 'Care and reablement in place from day one',
  lateAction: 'Confirm reablement start date',
  railsAction: 'Fit grab rails on the stairs',
  decision: 'Discharge home with reablement',
  olderDecision: 'Daily 10:00 phone huddle until discharge',
  lateRisk: 'Reablement has no capacity on the discharge date',
  triggeredRisk: 'Margaret becomes overwhelmed as the only carer',
  calmRisk: 'The discharge summary reaches the GP late',
} as const;

/**
 * Fills a blank board, through the real sync server as a stock y-websocket client would, with two
 * partners, two people, two goals, two actions (one overdue), two decisions and three risks: one
 * whose mitigation action is overdue, one whose trigger date has passed, one with nothing overdue.
 */
export async function seedRecords(baseURL: string, board: CreatedBoard): Promise<void> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseURL.replace(/^http/, 'ws')}/sync`, board.id, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: board.tokens.editor, name: 'Seeder', org: 'Test harness' },
    disableBc: true,
  });
  await new Promise<void>((resolve) => (provider.synced ? resolve() : provider.once('sync', () => resolve())));
  const today = isoDateOf(new Date());
  const day = (n: number) => addDays(today, n);
  const ward = createPartner(doc, { name: records.ward, kind: 'nhs_trust' });
  const council = createPartner(doc, { name: records.council, kind: 'local_authority' });
  const priya = createPerson(doc, { name: records.priya, partnerId: ward, role: 'Discharge coordinator' });
  const joanne = createPerson(doc, { name: records.joanne, partnerId: council, role: 'Social worker' });
  const home = createGoal(doc, { title: records.homeGoal, ownerId: priya });
  const care = createGoal(doc, { title: records.careGoal, ownerId: joanne });
  const late = createAction(doc, { title: records.lateAction, goalId: care, ownerId: joanne, dueDate: day(-2) });
  createAction(doc, { title: records.railsAction, goalId: home, ownerId: joanne, dueDate: day(3) });
  createDecision(doc, { title: records.olderDecision, rationale: 'Blockers were surfacing days late by email.', decidedOn: day(-5), status: 'agreed' });
  createDecision(doc, {
    title: records.decision,
    context: 'Arthur is close to medically fit.',
    alternatives: 'An interim care home bed.',
    rationale: 'It is what Arthur wants.',
    decidedOn: day(-2),
    decidedBy: 'Discharge meeting',
    agreedByPartnerIds: [ward],
    goalIds: [home],
    status: 'agreed',
  });
  createRisk(doc, { title: records.lateRisk, category: 'resources', likelihood: 4, impact: 5, ownerId: joanne, mitigationActionIds: [late] });
  createRisk(doc, { title: records.triggeredRisk, category: 'other', likelihood: 3, impact: 4, ownerId: priya, triggerOn: day(-1) });
  createRisk(doc, { title: records.calmRisk, category: 'communication', likelihood: 1, impact: 3, triggerOn: day(5) });

  // Done once a fresh client reads it all back from the server.
  const reader = new Y.Doc();
  const readerProvider = new WebsocketProvider(`${baseURL.replace(/^http/, 'ws')}/sync`, board.id, reader, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: board.tokens.editor, name: 'Reader', org: 'Test harness' },
    disableBc: true,
  });
  await new Promise<void>((resolve) => {
    const check = () => {
      if (readBoard(reader).risks.length === 3) {
        reader.off('update', check);
        resolve();
      }
    };
    reader.on('update', check);
    check();
  });
  provider.destroy();
  readerProvider.destroy();
}
