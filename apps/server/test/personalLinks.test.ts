import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createGoal, readBoard } from '@partnerboard/board';
import {
  closeCodes,
  maxPersonalLinksPerBoard,
  messageNotice,
  type ActivityResponse,
  type ApiErrorBody,
  type BoardAccessResponse,
  type CreateBoardResponse,
  type CreatePersonalLinkResponse,
  type PersonalLinksResponse,
} from '@partnerboard/protocol';
import { emptyStep1Frame, isSyncStep2, noticeIn, updateFrame } from './frames.ts';
import { connectClient, eventually, freshBoardForEachTest, rawSocket, refusedUpgrade, syncAddress, type TestClient, type TestServer } from './support.ts';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('personal links', () => {
  let server: TestServer;
  let board: CreateBoardResponse;
  const clients: TestClient[] = [];

  function join(token: string, params: Record<string, string> = {}): TestClient {
    const client = connectClient(server.syncUrl, board.id, token, params);
    clients.push(client);
    return client;
  }

  function linksApi(path = '', init: { method?: string; token?: string; body?: unknown } = {}) {
    const { method = 'GET', token = board.tokens.facilitator, body } = init;
    return server.api(`/api/boards/${board.id}/links${path}`, {
      method,
      headers: { ...bearer(token), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  }

  async function makeLink(body: Record<string, unknown> = {}): Promise<CreatePersonalLinkResponse> {
    const response = await linksApi('', { method: 'POST', body: { role: 'editor', name: 'Priya Shah', organisation: 'Ward 7B', ...body } });
    expect(response.status).toBe(201);
    return (await response.json()) as CreatePersonalLinkResponse;
  }

  async function errorOf(response: Response): Promise<ApiErrorBody['error']> {
    return ((await response.json()) as ApiErrorBody).error;
  }

  freshBoardForEachTest(clients, (fresh) => ({ server, board } = fresh));

  describe('made by the facilitator', () => {
    it('gives a new 256-bit token for the named person, shown once', async () => {
      const link = await makeLink({ personId: 'person-priya', createdBy: 'Sam Okoro' });
      expect(link).toEqual({
        id: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/),
        token: expect.any(String),
        role: 'editor',
        name: 'Priya Shah',
        organisation: 'Ward 7B',
        personId: 'person-priya',
        createdAt: expect.any(String),
      });
      expect(Buffer.from(link.token, 'base64url')).toHaveLength(32);
      expect(Object.values(board.tokens)).not.toContain(link.token);
    });

    it('opens the board as the named person: the API answers the link’s identity', async () => {
      const link = await makeLink({ role: 'viewer', personId: 'person-priya' });
      const response = await server.api(`/api/boards/${board.id}`, { headers: bearer(link.token) });
      expect(response.status).toBe(200);
      expect((await response.json()) as BoardAccessResponse).toEqual({
        id: board.id,
        title: 'Hospital discharge: Mrs Patel',
        role: 'viewer',
        identity: { kind: 'personal', linkId: link.id, name: 'Priya Shah', organisation: 'Ward 7B', personId: 'person-priya' },
      });
    });

    it('lists the links, oldest first, without their tokens', async () => {
      const priya = await makeLink({ createdBy: 'Sam Okoro' });
      const dee = await makeLink({ role: 'viewer', name: 'Dee Khan', organisation: 'St Mary School' });
      const response = await linksApi();
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).not.toContain(priya.token);
      expect(text).not.toContain(dee.token);
      expect((JSON.parse(text) as PersonalLinksResponse).links).toEqual([
        { id: priya.id, role: 'editor', name: 'Priya Shah', organisation: 'Ward 7B', personId: null, createdAt: priya.createdAt, createdBy: 'Sam Okoro', revokedAt: null },
        { id: dee.id, role: 'viewer', name: 'Dee Khan', organisation: 'St Mary School', personId: null, createdAt: dee.createdAt, createdBy: 'A facilitator', revokedAt: null },
      ]);
    });

    it.each([
      [{ role: 'facilitator', name: 'Priya Shah' }, 'role: must be "editor" or "viewer"'],
      [{ name: 'Priya Shah' }, 'role: must be "editor" or "viewer"'],
      [{ role: 'editor', name: '   ' }, 'name: Give the name of the person the link is for'],
      [{ role: 'editor' }, 'name: must be text'],
      [{ role: 'editor', name: 'x'.repeat(121) }, 'name: must be 120 characters or fewer'],
      [{ role: 'editor', name: 'Priya\nShah' }, 'name: must be plain text on one line'],
      [{ role: 'editor', name: 'Priya Shah', organisation: 7 }, 'organisation: must be text'],
      [{ role: 'editor', name: 'Priya Shah', organisation: 'o'.repeat(121) }, 'organisation: must be 120 characters or fewer'],
      [{ role: 'editor', name: 'Priya Shah', personId: '../people' }, 'personId: must be the id of a person on the board'],
      [['Priya Shah'], 'body: send a JSON object with a role and a name'],
    ])('says what is wrong with a bad body (%j), field first', async (body, message) => {
      const response = await linksApi('', { method: 'POST', body });
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toEqual({ code: 'invalid_request', message });
      expect(((await (await linksApi()).json()) as PersonalLinksResponse).links).toEqual([]);
    });

    it(`holds at most ${maxPersonalLinksPerBoard} links on a board`, async () => {
      for (let made = 0; made < maxPersonalLinksPerBoard; made += 50) {
        await Promise.all(Array.from({ length: 50 }, (_, n) => makeLink({ name: `Person ${made + n}` })));
      }
      const refused = await linksApi('', { method: 'POST', body: { role: 'viewer', name: 'One too many' } });
      expect(refused.status).toBe(409);
      expect((await errorOf(refused)).message).toContain(`${maxPersonalLinksPerBoard} personal links`);
    });
  });

  describe('only for the facilitator', () => {
    it('refuses the editor and viewer links, and personal links, with 403', async () => {
      const link = await makeLink();
      const madeBefore = await (await linksApi()).text();
      for (const token of [board.tokens.editor, board.tokens.viewer, link.token]) {
        const create = await linksApi('', { method: 'POST', token, body: { role: 'editor', name: 'Someone' } });
        expect(create.status).toBe(403);
        expect(await errorOf(create)).toEqual({ code: 'forbidden', message: 'Only a facilitator link can make or withdraw personal links.' });
        expect((await linksApi('', { token })).status).toBe(403);
        expect((await linksApi(`/${link.id}`, { method: 'DELETE', token })).status).toBe(403);
      }
      expect(await (await linksApi()).text()).toBe(madeBefore);
    });

    it('answers 401 without a token and 403 for a wrong one', async () => {
      expect((await server.api(`/api/boards/${board.id}/links`)).status).toBe(401);
      expect((await linksApi('', { token: 'not-a-token' })).status).toBe(403);
    });
  });

  describe('withdrawn', () => {
    it('closes every socket of that link at once with 4403, and everyone else stays connected', async () => {
      const priya = await makeLink();
      const dee = await makeLink({ name: 'Dee Khan', organisation: 'St Mary School' });
      const priyaTab = rawSocket(syncAddress(server, board.id, priya.token));
      const priyaPhone = rawSocket(syncAddress(server, board.id, priya.token));
      const deeTab = rawSocket(syncAddress(server, board.id, dee.token));
      const sharedEditor = rawSocket(syncAddress(server, board.id, board.tokens.editor));
      await Promise.all([priyaTab.opened, priyaPhone.opened, deeTab.opened, sharedEditor.opened]);

      const response = await linksApi(`/${priya.id}`, { method: 'DELETE' });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ id: priya.id, revokedAt: expect.any(String) });
      const [tab, phone] = await Promise.all([priyaTab.closed, priyaPhone.closed]);
      expect(tab).toEqual({ code: closeCodes.tokenRevoked, reason: 'This personal link has been withdrawn' });
      expect(phone.code).toBe(closeCodes.tokenRevoked);

      // The same sockets still answer: they were not closed with Priya's link.
      for (const other of [deeTab, sharedEditor]) {
        const answered = other.nextFrameWhere(isSyncStep2);
        other.socket.send(emptyStep1Frame());
        await answered;
      }
    });

    it('refuses the withdrawn token at the upgrade and on the API with 403, saying it was withdrawn', async () => {
      const link = await makeLink();
      expect((await linksApi(`/${link.id}`, { method: 'DELETE' })).status).toBe(200);
      const refusal = await refusedUpgrade(syncAddress(server, board.id, link.token));
      expect(refusal.status).toBe(403);
      expect(JSON.parse(refusal.body)).toEqual({ error: { code: 'forbidden', message: 'This personal link has been withdrawn by the board’s facilitator.' } });
      const api = await server.api(`/api/boards/${board.id}`, { headers: bearer(link.token) });
      expect(api.status).toBe(403);
      expect(await errorOf(api)).toEqual({ code: 'link_withdrawn', message: 'This personal link has been withdrawn by the board’s facilitator.' });
    });

    it('is listed as withdrawn, and withdrawing it again keeps the first date', async () => {
      const link = await makeLink();
      const first = (await (await linksApi(`/${link.id}`, { method: 'DELETE' })).json()) as { revokedAt: string };
      const again = await linksApi(`/${link.id}`, { method: 'DELETE' });
      expect(again.status).toBe(200);
      expect(((await again.json()) as { revokedAt: string }).revokedAt).toBe(first.revokedAt);
      const { links } = (await (await linksApi()).json()) as PersonalLinksResponse;
      expect(links.map(({ id, revokedAt }) => ({ id, revokedAt }))).toEqual([{ id: link.id, revokedAt: first.revokedAt }]);
    });

    it('answers 404 for a link the board does not have', async () => {
      const response = await linksApi('/no-such-link', { method: 'DELETE' });
      expect(response.status).toBe(404);
      expect(await errorOf(response)).toEqual({ code: 'not_found', message: 'This board has no personal link with that id.' });
    });
  });

  it('keeps working when the shared link of its role is rotated', async () => {
    const link = await makeLink();
    const personal = rawSocket(syncAddress(server, board.id, link.token));
    const shared = rawSocket(syncAddress(server, board.id, board.tokens.editor));
    await Promise.all([personal.opened, shared.opened]);
    const rotated = await server.api(`/api/boards/${board.id}/tokens/editor/rotate`, { method: 'POST', headers: bearer(board.tokens.facilitator) });
    expect(rotated.status).toBe(200);
    expect((await shared.closed).code).toBe(closeCodes.tokenRevoked);
    // The same socket still answers: it was not closed with the shared editor link.
    const answered = personal.nextFrameWhere(isSyncStep2);
    personal.socket.send(emptyStep1Frame());
    await answered;
    expect((await server.api(`/api/boards/${board.id}`, { headers: bearer(link.token) })).status).toBe(200);
    const later = join(link.token);
    await later.synced;
  });

  it('grants a personal viewer link no more than the viewer link: its writes are not applied', async () => {
    const link = await makeLink({ role: 'viewer', name: 'Dee Khan' });
    const viewer = join(link.token, { ext: '1' });
    const editor = join(board.tokens.editor);
    await Promise.all([viewer.synced, editor.synced]);
    const refused = new Promise<void>((resolve) => {
      viewer.provider.messageHandlers[messageNotice] = () => resolve();
    });
    createGoal(viewer.doc, { title: 'Added on a view-only personal link' });
    await refused;
    const later = createGoal(editor.doc, { title: 'Added on the editor link' });
    const watcher = join(board.tokens.viewer);
    await eventually(watcher.doc, (doc) => readBoard(doc).goals.some((g) => g.id === later));
    expect(readBoard(watcher.doc).goals.map((goal) => goal.title)).toEqual(['Added on the editor link']);
  });

  describe('attribution', () => {
    async function activity() {
      const response = await server.api(`/api/boards/${board.id}/activity`, { headers: bearer(board.tokens.viewer) });
      return ((await response.json()) as ActivityResponse).entries;
    }

    it('attributes a change on a personal link to its person, whatever name the client puts in its URL', async () => {
      const link = await makeLink();
      const impostor = join(link.token, { name: 'The Chief Executive', org: 'NHS England' });
      const watcher = join(board.tokens.viewer);
      await Promise.all([impostor.synced, watcher.synced]);
      const goal = createGoal(impostor.doc, { title: 'Home within 48 hours' });
      await eventually(watcher.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
      expect(await activity()).toEqual([
        expect.objectContaining({ name: 'Priya Shah', organisation: 'Ward 7B', role: 'editor', linkId: link.id, selfDeclared: false }),
      ]);
    });

    it('binds the changes made on a personal link to its person in the board, whatever the client writes in them', async () => {
      const link = await makeLink();
      const impostor = join(link.token, { name: 'The Chief Executive', org: 'NHS England' });
      const watcher = join(board.tokens.viewer);
      await Promise.all([impostor.synced, watcher.synced]);
      const goal = createGoal(impostor.doc, { title: 'Home within 48 hours' }, { name: 'The Chief Executive', partnerName: 'NHS England' });
      await eventually(watcher.doc, (doc) => readBoard(doc).authors.has(impostor.doc.clientID) && readBoard(doc).goals.some((g) => g.id === goal));
      const seen = readBoard(watcher.doc);
      const written = seen.goals.find((g) => g.id === goal);
      expect(written?.createdBy).toEqual({ name: 'The Chief Executive', partnerName: 'NHS England' });
      expect(seen.authors.get(written?.writer as number)).toEqual({ name: 'Priya Shah', organisation: 'Ward 7B', verified: true });
      expect(seen.authors.get(written?.statusHistory[0]?.writer as number)?.name).toBe('Priya Shah');
    });

    it('refuses a change made as a personal link’s browser from any other link', async () => {
      const link = await makeLink();
      const priya = join(link.token);
      const watcher = join(board.tokens.viewer);
      await Promise.all([priya.synced, watcher.synced]);
      createGoal(priya.doc, { title: 'Home within 48 hours' });
      await eventually(watcher.doc, (doc) => readBoard(doc).authors.has(priya.doc.clientID));

      // Writing as Priya's browser (her Yjs client id) would make the change hers.
      const forgery = new Y.Doc();
      Y.applyUpdate(forgery, Y.encodeStateAsUpdate(watcher.doc));
      const before = Y.encodeStateVector(forgery);
      forgery.clientID = priya.doc.clientID;
      const forged = createGoal(forgery, { title: 'Discharge cancelled' });
      const forger = rawSocket(`${syncAddress(server, board.id, board.tokens.editor)}&ext=1`);
      await forger.opened;
      const notice = forger.nextFrameWhere((frame) => noticeIn(frame) !== null);
      forger.socket.send(updateFrame(Y.encodeStateAsUpdate(forgery, before)));
      expect(noticeIn(await notice)).toEqual({ kind: 'write-refused', message: "Your change was not saved: it was made as someone else's browser." });
      forger.socket.close();
      const after = createGoal(priya.doc, { title: 'Still Priya' });
      await eventually(watcher.doc, (doc) => readBoard(doc).goals.some((g) => g.id === after));
      expect(readBoard(watcher.doc).goals.some((g) => g.id === forged)).toBe(false);
    });

    it('marks a change on a shared link as self-declared', async () => {
      const shared = join(board.tokens.editor, { name: 'Priya Shah', org: 'Ward 7B' });
      const watcher = join(board.tokens.viewer);
      await Promise.all([shared.synced, watcher.synced]);
      const goal = createGoal(shared.doc, { title: 'Home within 48 hours' });
      await eventually(watcher.doc, (doc) => readBoard(doc).goals.some((g) => g.id === goal));
      expect(await activity()).toEqual([
        expect.objectContaining({ name: 'Priya Shah', organisation: 'Ward 7B', linkId: null, selfDeclared: true }),
      ]);
    });
  });
});
