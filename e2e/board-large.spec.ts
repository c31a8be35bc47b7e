import { expect, test } from '@playwright/test';
import { largeBoardPartner } from '../packages/board/src/fixtures/largeBoard';
import { boardLink, createBoard } from './support/api';
import { card, column, moveCardByKeyboard } from './support/board';
import { joinBoard } from './support/join';
import { seedLargeBoard } from './support/seed';

declare global {
  interface Window {
    __longTasks?: number[];
  }
}

test('a board with 2,000 actions and 100 goals opens, renders only what is in view, and still moves cards', async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const board = await createBoard(request, { title: 'Large board' });
  await seedLargeBoard(baseURL ?? '', board, { goals: 100, actions: 2000 });

  // Record main-thread stalls (long tasks) for the report; the test itself asserts behaviour only.
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks?.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(boardLink(board, 'editor'));
  await joinBoard(page, { name: 'Large board tester', organisation: largeBoardPartner(0) });
  await expect(card(page, 'Action 1')).toBeVisible();
  const firstOpenTasks = (await page.evaluate(() => window.__longTasks ?? [])).slice();

  // Opening it again: from this browser's copy and the server together, as a returning partner would.
  const opened = Date.now();
  await page.reload();
  await expect(column(page, 'To do')).toContainText('1000 actions');
  await expect(card(page, 'Action 1')).toBeVisible();
  const openMs = Date.now() - opened;

  // Only the cards in view (and a few around them) are in the page.
  const renderedToDo = await column(page, 'To do').locator('article.card').count();
  expect(renderedToDo).toBeGreaterThan(0);
  expect(renderedToDo).toBeLessThan(100);

  const openTasks = (await page.evaluate(() => window.__longTasks ?? [])).slice();
  await page.evaluate(() => {
    window.__longTasks = [];
  });
  const dragStarted = Date.now();
  await moveCardByKeyboard(page, 'Action 1', ['ArrowRight']);
  await expect(column(page, 'In progress').getByRole('button', { name: 'Action 1', exact: true })).toBeVisible();
  const dragMs = Date.now() - dragStarted;
  const dragTasks = await page.evaluate(() => window.__longTasks ?? []);

  // Scrolling to the end of the board brings the last cards into the page.
  await page.locator('.board-canvas').evaluate((canvas) => canvas.scrollTo({ top: canvas.scrollHeight }));
  await expect(card(page, 'Action 1999')).toBeAttached();

  test.info().annotations.push({
    type: 'measured',
    description: `first open: longest task ${Math.max(0, ...firstOpenTasks)} ms; reopen ${openMs} ms to first card (longest task ${Math.max(0, ...openTasks)} ms, ${openTasks.length} long tasks); keyboard move ${dragMs} ms (longest task ${Math.max(0, ...dragTasks)} ms); ${renderedToDo} of 1000 To do cards in the page`,
  });
  console.log(test.info().annotations.at(-1)?.description);
});
