import { expect, test, type Page } from '@playwright/test';
import { largeBoardPartner } from '../packages/board/src/fixtures/largeBoard';
import { boardLink, createBoard, type CreatedBoard } from './support/api';
import { card } from './support/board';
import { joinBoard } from './support/join';
import { seedLargeBoard } from './support/seed';

/** y-protocols: a sync message (0) of type sync step 2 (1), the answer to the other side's state. */
const isSyncStep2 = (frame: Buffer) => frame[0] === 0 && frame[1] === 1;

/** Counts what the page's sockets send and receive from now on, and whether each side has answered the other's state. */
function watchSockets(page: Page) {
  const seen = { sentBytes: 0, receivedBytes: 0, sentStep2: false, receivedStep2: false };
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => {
      const frame = Buffer.from(payload);
      seen.sentBytes += frame.byteLength;
      seen.sentStep2 ||= isSyncStep2(frame);
    });
    socket.on('framereceived', ({ payload }) => {
      const frame = Buffer.from(payload);
      seen.receivedBytes += frame.byteLength;
      seen.receivedStep2 ||= isSyncStep2(frame);
    });
  });
  return seen;
}

/** Bytes of the board this browser keeps in IndexedDB (y-indexeddb's `updates` store). */
function localCopyBytes(page: Page, board: CreatedBoard): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains('updates')) {
            db.close();
            resolve(0);
            return;
          }
          const reading = db.transaction('updates').objectStore('updates').getAll();
          reading.onsuccess = () => {
            db.close();
            resolve((reading.result as Uint8Array[]).reduce((bytes, update) => bytes + update.byteLength, 0));
          };
          reading.onerror = () => reject(reading.error);
        };
      }),
    `partnerboard:${board.id}`,
  );
}

test('a board opened again in the same browser exchanges only what changed with the server, not the whole board', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const board = await createBoard(request, { title: 'Returning board' });
  await seedLargeBoard(baseURL ?? '', board, { goals: 20, actions: 500 });
  const firstOpen = watchSockets(page);
  await page.goto(boardLink(board, 'editor'));
  await joinBoard(page, { name: 'Returning partner', organisation: largeBoardPartner(0) });
  await expect(card(page, 'Action 1')).toBeVisible();
  // The whole board came from the server once, and this browser keeps it (written whole once the
  // board is on screen, see BoardConnection.applyWholeBoardsQuietly).
  expect(firstOpen.receivedBytes).toBeGreaterThan(100_000);
  await expect.poll(() => localCopyBytes(page, board)).toBeGreaterThan(firstOpen.receivedBytes / 2);

  const reopen = watchSockets(page);
  await page.reload();
  await expect(card(page, 'Action 1')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Connection' })).toContainText('Connected');
  await expect.poll(() => reopen.receivedStep2 && reopen.sentStep2).toBe(true);

  // Each side told the other what it lacks: nothing but presence and the sync messages.
  expect(reopen.sentBytes).toBeLessThan(5_000);
  expect(reopen.receivedBytes).toBeLessThan(5_000);
});
