import { afterEach, describe, expect, it } from 'vitest';
import { createGoal, openVote, readBoard, readOpenVote, readSession, startMeeting } from '@partnerboard/board';
import { closeCodes, encodeCustomMessage, extensionParam, messageCustom, readCustomMessage, voteCastMessage, voteCountMessage, voteRevealMessage, type VoteCount } from '@partnerboard/protocol';
import { parseConfig } from '../src/config.ts';
import { startServer, type RunningServer } from '../src/startServer.ts';
import { InMemoryBoardStore } from '../src/storage/memory/InMemoryBoardStore.ts';
import { connectClient, eventually, type TestClient } from './support.ts';

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Two server processes' worth of server in this process: one shared store, each with its own Redis fan-out. */
async function startPair(env: Record<string, string> = {}) {
  const store = new InMemoryBoardStore();
  const config = {
    ...parseConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', STORE: 'memory', MAX_CONNECTIONS_PER_ADDRESS: '100000', ...env }),
    redisUrl,
  };
  const servers = [await startServer(config, { store }), await startServer(config, { store })] as const;
  return { store, servers };
}

describe('boards served by two processes joined through Redis', () => {
  const clients: TestClient[] = [];
  const running: RunningServer[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of running.splice(0)) await server.close();
  });

  async function pair(env: Record<string, string> = {}) {
    const { servers } = await startPair(env);
    running.push(...servers);
    const [a, b] = servers;
    const created = await fetch(`${a.url}/api/boards`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: 'Discharge' }) });
    const board = (await created.json()) as { id: string; tokens: Record<string, string> };
    const sync = (server: RunningServer) => `${server.url.replace(/^http/, 'ws')}/sync`;
    const connect = (server: RunningServer, role = 'editor', params: Record<string, string> = {}) => {
      const client = connectClient(sync(server), board.id, board.tokens[role]!, params);
      clients.push(client);
      return client;
    };
    return { a, b, board, connect };
  }

  it('shares an edit made on one process with clients of the other, both ways', async () => {
    const { a, b, connect } = await pair();
    const onA = connect(a);
    const onB = connect(b);
    await Promise.all([onA.synced, onB.synced]);
    const fromA = createGoal(onA.doc, { title: 'Home by Friday' });
    await eventually(onB.doc, (doc) => readBoard(doc).goals.some((goal) => goal.id === fromA), { what: 'A’s goal on B', timeoutMs: 5000 });
    const fromB = createGoal(onB.doc, { title: 'Key safe fitted' });
    await eventually(onA.doc, (doc) => readBoard(doc).goals.some((goal) => goal.id === fromB), { what: 'B’s goal on A', timeoutMs: 5000 });
  });

  it('shows the presence of people on the other process, and drops it when they leave', async () => {
    const { a, b, connect } = await pair();
    const onA = connect(a, 'editor', { name: 'Priya Shah' });
    const onB = connect(b, 'editor', { name: 'Sam Okoro' });
    await Promise.all([onA.synced, onB.synced]);
    onA.provider.awareness.setLocalStateField('user', { name: 'Priya Shah' });
    const names = () => [...onB.provider.awareness.getStates().values()].map((state) => (state as { user?: { name?: string } }).user?.name);
    await expect.poll(names, { timeout: 5000 }).toContain('Priya Shah');
    onA.destroy();
    await expect.poll(names, { timeout: 5000 }).not.toContain('Priya Shah');
  });

  it('closes the holders of a replaced link on the other process too', async () => {
    const { a, b, board, connect } = await pair();
    const onB = connect(b, 'viewer');
    await onB.synced;
    const closed = new Promise<number>((resolve) => onB.provider.ws?.addEventListener('close', (event) => resolve((event as { code: number }).code)));
    const rotated = await fetch(`${a.url}/api/boards/${board.id}/tokens/viewer/rotate`, { method: 'POST', headers: { Authorization: `Bearer ${board.tokens.facilitator}` } });
    expect(rotated.status).toBe(200);
    expect(await closed).toBe(closeCodes.tokenRevoked);
  });

  it('counts the ballots cast on either process when the facilitator reveals the vote on one', async () => {
    const { a, b, connect } = await pair();
    const facilitator = connect(a, 'facilitator', { name: 'Sam Okafor', org: 'Northshire Council', [extensionParam]: '1' });
    const onA = connect(a, 'editor', { name: 'Priya Shah', org: 'Riverside NHS Trust', [extensionParam]: '1' });
    const onB = connect(b, 'editor', { name: 'Joanne Evans', org: 'Age UK', [extensionParam]: '1' });
    // B's board is loaded before the vote opens; a process that loads it later asks the others for the ballots.
    await Promise.all([facilitator.synced, onA.synced, onB.synced]);
    const counted: number[] = [];
    facilitator.provider.messageHandlers[messageCustom] = (_encoder, decoder) => {
      const message = readCustomMessage(decoder);
      if (message.type === voteCountMessage) counted.push((message.body as VoteCount).voters);
    };
    const [home, care] = ['Home by Friday', 'Care package in place'].map((title) => createGoal(facilitator.doc, { title }));
    startMeeting(facilitator.doc, { name: 'Sam Okafor', organisation: 'Northshire Council' });
    const voteId = openVote(facilitator.doc, { question: 'What matters most?', items: [home, care].map((id) => ({ kind: 'goal' as const, id: id as string })), dots: 1 });
    await Promise.all([onA, onB].map((client) => eventually(client.doc, (doc) => readOpenVote(doc)?.id === voteId, { what: 'the vote', timeoutMs: 5000 })));
    onA.provider.ws?.send(encodeCustomMessage(voteCastMessage, { voteId, itemIds: [home] }));
    onB.provider.ws?.send(encodeCustomMessage(voteCastMessage, { voteId, itemIds: [care] }));
    const late = connect(b, 'editor', { name: 'Dee Khan', org: 'Carers Trust', [extensionParam]: '1' });
    await late.synced;
    late.provider.ws?.send(encodeCustomMessage(voteCastMessage, { voteId, itemIds: [care] }));
    // The facilitator, on A, is told of every ballot, those cast on B included.
    await expect.poll(() => counted.at(-1), { timeout: 5000 }).toBe(3);
    facilitator.provider.ws?.send(encodeCustomMessage(voteRevealMessage, { voteId }));
    const revealed = () => readSession(onB.doc).votes.find((vote) => vote.id === voteId);
    await eventually(onB.doc, () => revealed()?.status === 'revealed', { what: 'the reveal on B', timeoutMs: 5000 });
    expect(revealed()).toMatchObject({ voters: 3, results: [{ id: care, dots: 2 }, { id: home, dots: 1 }] });
  });
});
