import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { addAgendaItem, createDecision, createGoal, endMeeting, openVote, readKeptMinutes, readOpenVote, readSession, readVote, startMeeting, type MeetingSession } from '@partnerboard/board';
import {
  encodeCustomMessage,
  extensionParam,
  messageCustom,
  messageNotice,
  readCustomMessage,
  readNotice,
  readVoteMine,
  voteCastMessage,
  voteCountMessage,
  voteMineMessage,
  voteRevealMessage,
  type CreateBoardResponse,
  type CustomMessage,
  type Notice,
  type VoteMine,
} from '@partnerboard/protocol';
import { connectClient, eventually, startTestServer, type TestClient, type TestServer } from './support.ts';

/** A y-websocket client that opted in to custom messages: it keeps every one it receives and can send its own. */
interface MeetingClient extends TestClient {
  custom: CustomMessage[];
  /** Each write-refused or other notice the server sent it. */
  notices: Notice[];
  send(type: string, body: unknown): void;
  /** The server's next answer about my ballot. */
  nextBallot(): Promise<VoteMine>;
}

function session(doc: Y.Doc): MeetingSession {
  return readSession(doc);
}

describe('meeting mode on the server', () => {
  let server: TestServer;
  let board: CreateBoardResponse;
  const clients: TestClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    board = await server.createBoard();
  });

  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
  });

  function join(token: string, name: string, organisation: string, options: { custom?: boolean } = {}): MeetingClient {
    const params: Record<string, string> = { name, org: organisation };
    if (options.custom !== false) params[extensionParam] = '1';
    const client = connectClient(server.syncUrl, board.id, token, params);
    clients.push(client);
    const custom: CustomMessage[] = [];
    const notices: Notice[] = [];
    client.provider.messageHandlers[messageNotice] = (_encoder, decoder) => {
      const notice = readNotice(decoder);
      if (notice) notices.push(notice);
    };
    const waiting: ((mine: VoteMine) => void)[] = [];
    client.provider.messageHandlers[messageCustom] = (_encoder, decoder) => {
      const message = readCustomMessage(decoder);
      custom.push(message);
      const mine = message.type === voteMineMessage ? readVoteMine(message.body) : null;
      if (mine) waiting.shift()?.(mine);
    };
    return {
      ...client,
      custom,
      notices,
      send: (type, body) => client.provider.ws?.send(encodeCustomMessage(type, body)),
      nextBallot: () => new Promise((resolve) => waiting.push(resolve)),
    };
  }

  async function cast(voter: MeetingClient, body: unknown): Promise<VoteMine> {
    const answered = voter.nextBallot();
    voter.send(voteCastMessage, body);
    return answered;
  }

  it('keeps every ballot from everyone but its voter until the facilitator reveals the vote, then writes the ranked results', async () => {
    const facilitator = join(board.tokens.facilitator, 'Sam Okafor', 'Northshire Council');
    const ward = join(board.tokens.editor, 'Priya Shah', 'Riverside NHS Trust');
    const council = join(board.tokens.editor, 'Joanne Evans', 'Northshire Council');
    const viewer = join(board.tokens.viewer, 'Dee Khan', 'Age UK');
    const stock = join(board.tokens.editor, 'Stock client', 'Elsewhere', { custom: false });
    await Promise.all([facilitator, ward, council, viewer, stock].map((client) => client.synced));

    const [home, care, carer] = ['Home by Friday', 'Care package in place', 'Carer supported'].map((title) => createGoal(facilitator.doc, { title }));
    startMeeting(facilitator.doc, { name: 'Sam Okafor', organisation: 'Northshire Council' });
    const items = [home, care, carer].map((id) => ({ kind: 'goal' as const, id: id as string }));
    const voteId = openVote(facilitator.doc, { question: 'What matters most?', items, dots: 2 });
    await Promise.all([ward, council, viewer].map((client) => eventually(client.doc, (doc) => readOpenVote(doc)?.id === voteId)));

    expect(await cast(ward, { voteId, itemIds: [home] })).toEqual({ voteId, itemIds: [home], problem: null });
    expect(await cast(council, { voteId, itemIds: [home, care, carer] })).toMatchObject({ itemIds: [], problem: 'Each person has 2 dots.' });
    expect(await cast(council, { voteId, itemIds: [home, home] })).toMatchObject({ itemIds: [], problem: 'Each person can put one dot on an item.' });
    expect(await cast(council, { voteId, itemIds: [home, care] })).toEqual({ voteId, itemIds: [home, care], problem: null });
    expect(await cast(viewer, { voteId, itemIds: [care] })).toMatchObject({ itemIds: [], problem: expect.stringMatching(/view only/) });
    const late = join(board.tokens.editor, 'Liam Carter', 'Northshire Council');
    await eventually(late.doc, (doc) => readOpenVote(doc)?.id === voteId);
    expect(await cast(late, { voteId, itemIds: [carer] })).toMatchObject({ itemIds: [carer], problem: null });
    // A second tab of the same person is the same voter: it is told their ballot, and cannot add to it.
    const wardAgain = join(board.tokens.editor, 'Priya Shah', 'Riverside NHS Trust');
    await wardAgain.synced;
    const asked = wardAgain.nextBallot();
    wardAgain.send(voteMineMessage, { voteId });
    expect(await asked).toEqual({ voteId, itemIds: [home], problem: null });

    const notRevealed = ward.nextBallot();
    ward.send(voteRevealMessage, { voteId });
    expect(await notRevealed).toMatchObject({ problem: 'Only a facilitator can reveal the vote.' });
    // Each voter was told only their own ballot, nobody else was told any, and none is in the board.
    const ballotsTold = (client: MeetingClient) => client.custom.filter((message) => message.type === voteMineMessage).map((message) => (message.body as VoteMine).itemIds);
    expect(ballotsTold(facilitator)).toEqual([]);
    expect(ballotsTold(ward)).toEqual([[home], [home]]);
    expect(ballotsTold(council)).toEqual([[], [], [home, care]]);
    expect(ballotsTold(viewer)).toEqual([[]]);
    expect(ballotsTold(late)).toEqual([[carer]]);
    // Facilitators are told how many have voted, and nothing more.
    expect(facilitator.custom.filter((message) => message.type === voteCountMessage).map((message) => message.body)).toEqual([
      { voteId, voters: 1 },
      { voteId, voters: 2 },
      { voteId, voters: 3 },
    ]);
    expect(ward.custom.map((message) => message.type)).not.toContain(voteCountMessage);
    expect(session(stock.doc).votes).toMatchObject([{ status: 'open', voters: 0, results: [] }]);

    facilitator.send(voteRevealMessage, { voteId });
    await eventually(stock.doc, (doc) => session(doc).votes[0]?.status === 'revealed');
    expect(session(stock.doc).votes[0]).toMatchObject({
      voters: 3,
      results: [
        { id: home, dots: 2 },
        { id: care, dots: 1 },
        { id: carer, dots: 1 },
      ],
    });
    expect(session(stock.doc).openVoteId).toBeNull();
  });

  it('lets a viewer vote when the facilitator allows viewers to', async () => {
    const facilitator = join(board.tokens.facilitator, 'Sam Okafor', 'Northshire Council');
    const viewer = join(board.tokens.viewer, 'Dee Khan', 'Age UK');
    await Promise.all([facilitator.synced, viewer.synced]);
    const items = ['Home by Friday', 'Carer supported'].map((title) => ({ kind: 'goal' as const, id: createGoal(facilitator.doc, { title }) }));
    startMeeting(facilitator.doc, { name: 'Sam Okafor', organisation: 'Northshire Council' });
    const voteId = openVote(facilitator.doc, { question: 'What matters most?', items, dots: 1, viewersMayVote: true });
    await eventually(viewer.doc, (doc) => readOpenVote(doc)?.id === voteId);
    expect(await cast(viewer, { voteId, itemIds: [items[1]?.id] })).toMatchObject({ problem: null });
    facilitator.send(voteRevealMessage, { voteId });
    await eventually(viewer.doc, (doc) => session(doc).votes[0]?.status === 'revealed');
    expect(session(viewer.doc).votes[0]).toMatchObject({ voters: 1, results: [{ id: items[1]?.id, dots: 1 }, { dots: 0 }] });
  });

  it("records attendance from presence under the links' names, and what was captured under the current agenda item", async () => {
    const facilitator = join(board.tokens.facilitator, 'Sam Okafor', 'Northshire Council');
    const ward = join(board.tokens.editor, 'Priya Shah', 'Riverside NHS Trust');
    await Promise.all([facilitator.synced, ward.synced]);
    ward.provider.awareness.setLocalStateField('user', { name: 'Someone Else', organisation: 'Forged' });
    facilitator.provider.awareness.setLocalStateField('user', { name: 'Sam Okafor' });
    const item = addAgendaItem(facilitator.doc, { title: 'Discharge date', minutes: 10 });
    startMeeting(facilitator.doc, { name: 'Sam Okafor', organisation: 'Northshire Council' });
    await eventually(facilitator.doc, (doc) => session(doc).attendance.length === 2);
    expect(session(facilitator.doc).attendance.map(({ name, organisation, role, verified, leftAt }) => ({ name, organisation, role, verified, leftAt }))).toEqual(
      expect.arrayContaining([
        { name: 'Priya Shah', organisation: 'Riverside NHS Trust', role: 'editor', verified: false, leftAt: null },
        { name: 'Sam Okafor', organisation: 'Northshire Council', role: 'facilitator', verified: false, leftAt: null },
      ]),
    );

    const late = join(board.tokens.viewer, 'Dee Khan', 'Age UK');
    await late.synced;
    late.provider.awareness.setLocalStateField('user', { name: 'Dee Khan' });
    await eventually(facilitator.doc, (doc) => session(doc).attendance.some((attendee) => attendee.name === 'Dee Khan'));
    late.destroy();
    await eventually(facilitator.doc, (doc) => session(doc).attendance.some((attendee) => attendee.name === 'Dee Khan' && attendee.leftAt !== null));

    const decision = createDecision(ward.doc, { title: 'Arthur goes home on Friday' });
    await eventually(facilitator.doc, (doc) => session(doc).captures.some((capture) => capture.id === decision));
    expect(session(facilitator.doc).captures).toMatchObject([{ id: decision, kind: 'decision', agendaItemId: item }]);
  });

  it("refuses a facilitator's own write of a vote's results, and writes the results itself at the reveal", async () => {
    const facilitator = join(board.tokens.facilitator, 'Sam Okafor', 'Northshire Council');
    const ward = join(board.tokens.editor, 'Priya Shah', 'Riverside NHS Trust');
    await Promise.all([facilitator.synced, ward.synced]);
    const [home, care] = ['Home by Friday', 'Care package in place'].map((title) => createGoal(facilitator.doc, { title }));
    startMeeting(facilitator.doc, { name: 'Sam Okafor', organisation: 'Northshire Council' });
    const voteId = openVote(facilitator.doc, { question: 'What matters most?', items: [home, care].map((id) => ({ kind: 'goal' as const, id: id as string })), dots: 1 });
    await eventually(ward.doc, (doc) => readOpenVote(doc)?.id === voteId);
    expect(await cast(ward, { voteId, itemIds: [home] })).toMatchObject({ problem: null });

    // The facilitator writes results the room never voted for: refused, stored nowhere and shared with no one.
    const forged = { meeting: readSession(facilitator.doc).startedAt, question: 'What matters most?', voters: 40, results: [{ kind: 'goal', id: care, dots: 40 }, { kind: 'goal', id: home, dots: 0 }], revealedAt: new Date().toISOString() };
    facilitator.doc.getMap('meetingVoteResults').set(voteId, forged);
    await vi.waitUntil(() => facilitator.notices.length > 0);
    expect(facilitator.notices).toEqual([{ kind: 'write-refused', message: expect.stringContaining('meetingVoteResults') }]);
    expect(ward.doc.getMap('meetingVoteResults').size).toBe(0);
    expect(readVote(ward.doc, voteId)).toMatchObject({ status: 'open', voters: 0, results: [] });

    facilitator.send(voteRevealMessage, { voteId });
    await eventually(ward.doc, (doc) => readVote(doc, voteId)?.status === 'revealed');
    expect(readVote(ward.doc, voteId)).toMatchObject({ voters: 1, results: [{ id: home, dots: 1 }, { id: care, dots: 0 }] });
    expect(ward.doc.getMap('meetingVoteResults').get(voteId)).toMatchObject({ voters: 1 });
  });

  it('keeps the minutes with the board when the facilitator ends the meeting, though nobody opens them', async () => {
    const facilitator = join(board.tokens.facilitator, 'Sam Okafor', 'Northshire Council');
    const ward = join(board.tokens.editor, 'Priya Shah', 'Riverside NHS Trust');
    await Promise.all([facilitator.synced, ward.synced]);
    ward.provider.awareness.setLocalStateField('user', { name: 'Priya Shah' });
    facilitator.provider.awareness.setLocalStateField('user', { name: 'Sam Okafor' });
    startMeeting(facilitator.doc, { name: 'Sam Okafor', organisation: 'Northshire Council' });
    await eventually(facilitator.doc, (doc) => session(doc).attendance.length === 2);
    createDecision(ward.doc, { title: 'Arthur goes home on Friday' });
    await eventually(facilitator.doc, (doc) => session(doc).captures.length === 1);
    endMeeting(facilitator.doc);

    await eventually(ward.doc, (doc) => readKeptMinutes(doc).length === 1);
    const [kept] = readKeptMinutes(ward.doc);
    expect(kept).toMatchObject({ startedAt: session(ward.doc).startedAt, endedAt: session(ward.doc).endedAt });
    expect(kept?.markdown).toContain('Priya Shah');
    expect(kept?.markdown).toContain('- Arthur goes home on Friday');

    // Kept once: a later change to the ended meeting's session keeps nothing more.
    addAgendaItem(facilitator.doc, { title: 'Next time' });
    await eventually(ward.doc, (doc) => session(doc).agenda.length === 1);
    expect(readKeptMinutes(ward.doc)).toHaveLength(1);
    // No link, not even a facilitator's, writes minutes of its own.
    facilitator.doc.getMap('minutes').set('abcdefghijklmnopqrstu', { startedAt: kept?.startedAt, endedAt: kept?.endedAt, markdown: '# Forged minutes' });
    await vi.waitUntil(() => facilitator.notices.length > 0);
    expect(facilitator.notices).toEqual([{ kind: 'write-refused', message: expect.stringContaining('minutes') }]);
    expect(readKeptMinutes(ward.doc)).toHaveLength(1);
  });
});
