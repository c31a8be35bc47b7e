import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { fillLargeBoard, type LargeBoardSize } from '../../packages/board/src/fixtures/largeBoard';
import { readBoard } from '../../packages/board/src/index';
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
 * Fills a board through the real sync server with the benchmarks' large plan, as a stock
 * y-websocket client would. Resolves once a second, fresh client reads it all back from the server.
 */
export async function seedLargeBoard(baseURL: string, board: CreatedBoard, counts: LargeBoardSize): Promise<void> {
  const doc = new Y.Doc();
  const writer = await syncedProvider(baseURL, board, doc);
  fillLargeBoard(doc, counts);
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
