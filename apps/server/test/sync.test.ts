import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAction, createGoal, createPartner, createPerson, moveAction, readBoard, textField } from '@partnerboard/board';
import type { CreateBoardResponse } from '@partnerboard/protocol';
import { connectClient, eventually, startTestServer, type TestClient, type TestServer } from './support.ts';

describe('syncing a board between stock y-websocket clients', () => {
  let server: TestServer;
  let board: CreateBoardResponse;
  const clients: TestClient[] = [];

  function join(token: string, name: string, org: string): TestClient {
    const client = connectClient(server.syncUrl, board.id, token, { name, org });
    clients.push(client);
    return client;
  }

  beforeEach(async () => {
    server = await startTestServer();
    board = await server.createBoard({ title: 'Hospital discharge: Mrs Patel', template: 'hospital-discharge' });
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
  });

  it('gives a new client the board as the template created it', async () => {
    const ward = join(board.tokens.editor, 'Ann Jones', 'City Hospital');
    await ward.synced;
    const plan = readBoard(ward.doc);
    expect(plan.meta.title).toBe('Hospital discharge: Mrs Patel');
    expect(plan.meta.template).toBe('hospital-discharge');
    expect(plan.partners.length).toBeGreaterThanOrEqual(5);
  });

  it('converges two clients editing at once, and a client joining later receives everything', async () => {
    const ward = join(board.tokens.editor, 'Ann Jones', 'City Hospital');
    const council = join(board.tokens.facilitator, 'Bola Ade', 'City Council');
    await Promise.all([ward.synced, council.synced]);

    const charity = createPartner(ward.doc, { name: 'Carers Trust', kind: 'charity' });
    const carer = createPerson(ward.doc, { name: 'Chris Lee', partnerId: charity });
    const goal = createGoal(council.doc, { title: 'Home within 48 hours of being medically fit' }, { name: 'Bola Ade' });
    await eventually(ward.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
    const action = createAction(ward.doc, { title: 'Book the care package', goalId: goal, ownerId: carer }, { name: 'Ann Jones' });
    await eventually(council.doc, (doc) => readBoard(doc).actions.some((a) => a.id === action));
    moveAction(council.doc, action, { status: 'in_progress' }, { name: 'Bola Ade' });
    textField(ward.doc, 'goals', goal, 'description').insert(0, 'Agreed at the ward round. ');
    textField(council.doc, 'goals', goal, 'description').insert(0, 'Council view: ');

    const settled = (doc: typeof ward.doc) => {
      const plan = readBoard(doc);
      return plan.actions.some((a) => a.id === action && a.status === 'in_progress') && plan.goals.some((g) => g.id === goal && g.description.includes('Council view') && g.description.includes('ward round'));
    };
    await Promise.all([eventually(ward.doc, settled), eventually(council.doc, settled)]);
    expect(readBoard(ward.doc)).toEqual(readBoard(council.doc));

    const school = join(board.tokens.viewer, 'Dee Khan', 'St Mary School');
    await school.synced;
    expect(readBoard(school.doc)).toEqual(readBoard(ward.doc));
  });

  it('takes a catch-up of more than a megabyte in one message, as after a long offline spell or a restore from backup', async () => {
    const ward = join(board.tokens.editor, 'Ann Jones', 'City Hospital');
    await ward.synced;
    const goal = createGoal(ward.doc, { title: 'Home within 48 hours of being medically fit' }, { name: 'Ann Jones' });
    ward.provider.disconnect();
    const serverHad = Y.encodeStateVector(ward.doc);
    for (let index = 0; index < 2_500; index += 1) {
      createAction(ward.doc, { title: `Offline action ${index}: ${'call the family and confirm the care package '.repeat(4)}`, goalId: goal }, { name: 'Ann Jones' });
    }
    // y-websocket sends everything the server lacks as one sync step 2 on reconnecting.
    expect(Y.encodeStateAsUpdate(ward.doc, serverHad).byteLength).toBeGreaterThan(1024 * 1024);
    const refused = new Promise<never>((_, reject) =>
      ward.provider.on('connection-close', (event: { code: number } | null) => reject(new Error(`the server closed the connection (${event?.code})`))),
    );
    ward.provider.connect();
    const council = join(board.tokens.viewer, 'Bola Ade', 'City Council');
    const offline = (doc: Y.Doc) => readBoard(doc).actions.filter((action) => action.title.startsWith('Offline action')).length;
    await Promise.race([eventually(council.doc, (doc) => offline(doc) === 2_500), refused]);
    expect(ward.provider.wsconnected).toBe(true);
  });
});

