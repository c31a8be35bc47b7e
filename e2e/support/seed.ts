import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { actionStatuses, createAction, createGoal, createPartner, createPerson, readBoard } from '../../packages/board/src/index';
import type { CreatedBoard } from './api';

function syncedProvider(baseURL: string, board: CreatedBoard, doc: Y.Doc): Promise<WebsocketProvider> {
  const provider = new WebsocketProvider(`${baseURL.replace(/^http/, 'ws')}/sync`, board.id, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: board.tokens.editor, name: 'Seeder', org: 'Test harness' },
    disableBc: true,
  });
  return new Promise((resolve) => {
    if (provider.synced) resolve(provider);
    else provider.once('sync', () => resolve(provider));
  });
}

/**
 * Fills a board through the real sync server, as a stock y-websocket client would: `goals` goals
 * and `actions` actions spread over them and over the four statuses. Resolves once a second,
 * fresh client reads them all back from the server.
 */
export async function seedLargeBoard(baseURL: string, board: CreatedBoard, counts: { goals: number; actions: number }): Promise<void> {
  const doc = new Y.Doc();
  const writer = await syncedProvider(baseURL, board, doc);
  const partners = Array.from({ length: 6 }, (_, i) => createPartner(doc, { name: `Partner organisation ${i + 1}`, kind: 'other' }));
  const people = Array.from({ length: 40 }, (_, i) =>
    createPerson(doc, { name: `Person ${i + 1}`, partnerId: partners[i % partners.length] as string }),
  );
  const goals: string[] = [];
  doc.transact(() => {
    for (let i = 0; i < counts.goals; i++) goals.push(createGoal(doc, { title: `Goal ${i + 1}` }));
  });
  // In batches, each one update well under the server's message size limit.
  let last: string | undefined;
  for (let start = 0; start < counts.actions; start += 100) {
    doc.transact(() => {
      for (let i = start; i < Math.min(start + 100, counts.actions); i++) {
        last = createAction(doc, {
          title: `Action ${i + 1}`,
          goalId: goals[i % goals.length] as string,
          ownerId: people[i % people.length] as string,
          // Half the plan still to do, as on a real board: one long column.
          status: actionStatuses[i % 2 === 0 ? 0 : 1 + (i % 3)],
          ...(last ? { after: last } : {}),
        });
      }
    });
  }
  const readerDoc = new Y.Doc();
  const reader = await syncedProvider(baseURL, board, readerDoc);
  await new Promise<void>((resolve) => {
    const check = () => {
      if (readBoard(readerDoc).actions.length >= counts.actions) {
        readerDoc.off('update', check);
        resolve();
      }
    };
    readerDoc.on('update', check);
    check();
  });
  writer.destroy();
  reader.destroy();
}
