import { describe, expect, it } from 'vitest';
import { createAction, createGoal, moveAction, readBoard, updateAction } from '@partnerboard/board';
import {
  activityMessage,
  activitySentence,
  messageCustom,
  readActivityMessage,
  readCustomMessage,
  type ActivityLine,
  type ActivityResponse,
  type CreateBoardResponse,
  type CreatePersonalLinkResponse,
} from '@partnerboard/protocol';
import { connectClient, eventually, freshBoardForEachTest, type TestClient, type TestServer } from './support.ts';

// Two partners edit one board over real sockets; the server writes what each did in words, under
// the names it gave their connections, whatever their clients wrote into the board or their presence.

describe('activity in words', () => {
  let server: TestServer;
  let board: CreateBoardResponse;
  const clients: TestClient[] = [];

  function join(token: string, params: Record<string, string>): TestClient {
    const client = connectClient(server.syncUrl, board.id, token, params);
    clients.push(client);
    return client;
  }

  async function lines(query = ''): Promise<ActivityLine[]> {
    const response = await server.api(`/api/boards/${board.id}/activity${query}`, { headers: { Authorization: `Bearer ${board.tokens.viewer}` } });
    expect(response.status).toBe(200);
    return ((await response.json()) as ActivityResponse).lines;
  }

  /** Asks the API until `check` holds of the board's lines (the server writes them at most once a second). */
  async function linesWhen(check: (lines: ActivityLine[]) => boolean, query = ''): Promise<ActivityLine[]> {
    for (;;) {
      const found = await lines(query);
      if (check(found)) return found;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Priya (the trust) sets up a goal and an action; Sam (the council) joins and has them. */
  async function twoPartners() {
    const priya = join(board.tokens.editor, { name: 'Priya Shah', org: 'Riverside NHS Trust' });
    await priya.synced;
    const goal = createGoal(priya.doc, { title: 'Arthur gets home safely' });
    const action = createAction(priya.doc, { title: 'Arrange home care package', goalId: goal });
    const sam = join(board.tokens.editor, { name: 'Sam Jones', org: 'Northshire Council' });
    await eventually(sam.doc, (doc) => readBoard(doc).actions.length === 1);
    return { priya, sam, goal, action };
  }

  freshBoardForEachTest(clients, (fresh) => ({ server, board } = fresh));

  it('records what each partner did, under the name the server gave their connection', async () => {
    const { sam, action } = await twoPartners();
    // Sam's client claims to be someone else in its presence and in what it writes into the board.
    sam.provider.awareness.setLocalStateField('user', { name: 'Mallory Impostor', organisation: 'Elsewhere' });
    moveAction(sam.doc, action, { status: 'done' }, { name: 'Mallory Impostor', partnerName: 'Elsewhere' });
    const found = await linesWhen((all) => all.some((line) => line.text.includes('to Done')));
    const sentences = found.map(activitySentence);
    expect(sentences).toContain("Sam Jones (Northshire Council) moved 'Arrange home care package' to Done");
    expect(sentences).toContain("Priya Shah (Riverside NHS Trust) added the action 'Arrange home care package' to the goal 'Arthur gets home safely'");
    expect(sentences.join('\n')).not.toContain('Mallory');
    expect(found.find((line) => line.text.includes('to Done'))).toMatchObject({ role: 'editor', selfDeclared: true, linkId: null, kind: 'action', itemId: action });
    // The run-based entries are still there for their callers.
    const response = await server.api(`/api/boards/${board.id}/activity`, { headers: { Authorization: `Bearer ${board.tokens.viewer}` } });
    expect(((await response.json()) as ActivityResponse).entries.length).toBeGreaterThan(0);
  });

  it('names the person a personal link was made for, whatever name its holder gives', async () => {
    const made = await server.api(`/api/boards/${board.id}/links`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${board.tokens.facilitator}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'editor', name: 'Joanne Evans', organisation: 'Leeds City Council' }),
    });
    const { token, id } = (await made.json()) as CreatePersonalLinkResponse;
    const joanne = join(token, { name: 'Not Joanne', org: 'Nowhere' });
    await joanne.synced;
    createGoal(joanne.doc, { title: 'Arthur stays well at home' });
    const [line] = await linesWhen((all) => all.length > 0);
    expect(line && activitySentence(line)).toBe("Joanne Evans (Leeds City Council) added the goal 'Arthur stays well at home'");
    expect(line).toMatchObject({ selfDeclared: false, linkId: id });
  });

  it('folds one person’s changes to the same field of the same item into one line', async () => {
    const { priya, action } = await twoPartners();
    updateAction(priya.doc, action, { notes: 'Call the agency' });
    updateAction(priya.doc, action, { notes: 'Call the agency on Monday' });
    moveAction(priya.doc, action, { status: 'in_progress' });
    moveAction(priya.doc, action, { status: 'done' });
    const found = await linesWhen((all) => all.some((line) => line.text.includes('to Done')));
    expect(found.filter((line) => line.field === 'notes')).toHaveLength(1);
    expect(found.filter((line) => line.field === 'status').map(({ text }) => text)).toEqual(["moved 'Arrange home care package' to Done"]);
  });

  it('narrows the lines to one organisation or one person', async () => {
    const { sam, action } = await twoPartners();
    moveAction(sam.doc, action, { status: 'blocked' });
    await linesWhen((all) => all.some((line) => line.name === 'Sam Jones'));
    expect((await lines('?partner=Northshire%20Council')).map(({ name }) => name)).toEqual(['Sam Jones']);
    expect(new Set((await lines('?person=Priya%20Shah')).map(({ name }) => name))).toEqual(new Set(['Priya Shah']));
    expect(await lines('?person=Nobody')).toEqual([]);
  });

  it('sends new lines live to everyone who asked for custom messages, a viewer too', async () => {
    const { sam, action } = await twoPartners();
    const viewer = join(board.tokens.viewer, { name: 'Remote partner', org: 'GP practice', ext: '1' });
    const heardDueDate = new Promise<ActivityLine>((resolve) => {
      viewer.provider.messageHandlers[messageCustom] = (_encoder, decoder) => {
        const { type, body } = readCustomMessage(decoder);
        const line = type === activityMessage ? readActivityMessage(body)?.lines.find(({ field }) => field === 'dueDate') : undefined;
        if (line) resolve(line);
      };
    });
    await viewer.synced;
    updateAction(sam.doc, action, { dueDate: '2026-12-12' });
    expect(activitySentence(await heardDueDate)).toBe("Sam Jones (Northshire Council) set the due date of 'Arrange home care package' to 12 Dec 2026");
  });
});
