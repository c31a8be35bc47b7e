import { expect, test } from '@playwright/test';
import { boardLink, createBoard } from './support/api';
import { card, column, dragAnnouncements, titlesIn } from './support/board';
import { joinBoard } from './support/join';

test('a card dragged by touch (long press, then slide) lands in another column and stays there', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Touch board', template: 'hospital-discharge' });
  // A tablet: touch screen, no mouse.
  const context = await browser.newContext({ hasTouch: true, isMobile: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(boardLink(board, 'editor'));
  await joinBoard(page, { name: 'Sarah Nolan', organisation: 'Northshire Community Nursing & Therapy' });
  const title = 'Book hospital transport home';
  await expect(card(page, title)).toBeVisible();

  const from = await card(page, title).boundingBox();
  const to = await column(page, 'Blocked').boundingBox();
  if (!from || !to) throw new Error('The card or the column is not on screen.');
  // Real touch events from the browser's input pipeline (not synthetic DOM events), as a finger makes them.
  const finger = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
    finger.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });

  // Press and hold: the card is picked up once the hold is long enough (a quick swipe scrolls instead).
  const start = { x: from.x + from.width / 2, y: from.y + 20 };
  await touch('touchStart', start.x, start.y);
  await expect(dragAnnouncements(page)).toContainText(`Picked up action “${title}”`);
  const end = { x: to.x + to.width / 2, y: to.y + 120 };
  for (let step = 1; step <= 12; step++) {
    await touch('touchMove', start.x + ((end.x - start.x) * step) / 12, start.y + ((end.y - start.y) * step) / 12);
  }
  await touch('touchEnd');
  await expect(dragAnnouncements(page)).toContainText(`Dropped action “${title}” in Blocked`);

  await expect.poll(() => titlesIn(page, 'Blocked')).toContain(title);
  await page.reload();
  await expect.poll(() => titlesIn(page, 'Blocked')).toContain(title);
  await context.close();
});
