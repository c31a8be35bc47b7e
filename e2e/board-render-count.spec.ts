import { expect, test } from '@playwright/test';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { largeBoardPartner } from '../packages/board/src/fixtures/largeBoard';
import { readBoard, updateAction } from '../packages/board/src/index';
import { boardLink, createBoard } from './support/api';
import { card } from './support/board';
import { joinBoard } from './support/join';
import { countRenders, rendersSoFar } from './support/renders';
import { seedLargeBoard } from './support/seed';

test('one remote edit to one action on a 2,000-action board re-renders that card and what counts it, not the app', async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const board = await createBoard(request, { title: 'Large board' });
  await seedLargeBoard(baseURL ?? '', board, { goals: 100, actions: 2000 });

  await countRenders(page);
  await page.goto(boardLink(board, 'editor'));
  await joinBoard(page, { name: 'Render counter', organisation: largeBoardPartner(0) });
  await expect(card(page, 'Action 1')).toBeVisible();

  // Another partner renames one action.
  const doc = new Y.Doc();
  const other = new WebsocketProvider(`${(baseURL ?? '').replace(/^http/, 'ws')}/sync`, board.id, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: board.tokens.editor, name: 'Other partner', org: largeBoardPartner(1) },
    disableBc: true,
  });
  await new Promise<void>((resolve) => (other.synced ? resolve() : other.once('sync', () => resolve())));
  const action = readBoard(doc).actions.find((candidate) => candidate.title === 'Action 1');
  if (!action) throw new Error('The seeded board has no "Action 1".');

  const before = await rendersSoFar(page);
  updateAction(doc, action.id, { title: 'Action 1 renamed' }, { name: 'Other partner', partnerName: largeBoardPartner(1) });
  await expect(card(page, 'Action 1 renamed')).toBeVisible();
  const renders = (await rendersSoFar(page)) - before;
  other.destroy();

  test.info().annotations.push({ type: 'measured', description: `${renders} component renders for one remote edit to one action of 2,000` });
  console.log(test.info().annotations.at(-1)?.description);
  // The card and the few components inside it; when the whole board was one context, about 300 rendered.
  expect(renders).toBeLessThan(20);
});
