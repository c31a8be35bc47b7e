import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { moveCardByKeyboard, titlesIn } from './support/board';
import { openAs } from './support/join';

test('two people moving different cards of one column at the same time end with the same order', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Concurrent moves', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' });
  const b = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: 'Northshire Council Adult Social Care' });

  const before = await titlesIn(a.page, 'To do');
  expect(before.length).toBeGreaterThanOrEqual(5);
  expect(await titlesIn(b.page, 'To do')).toEqual(before);
  const last = before[before.length - 1] as string;
  const secondLast = before[before.length - 2] as string;

  // Cut both off so that neither sees the other's move before making their own: a true conflict.
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await expect(a.page.getByRole('status', { name: 'Connection' })).toContainText('Offline');
  await expect(b.page.getByRole('status', { name: 'Connection' })).toContainText('Offline');

  await moveCardByKeyboard(a.page, last, ['ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp']);
  await moveCardByKeyboard(b.page, secondLast, ['ArrowUp', 'ArrowUp']);
  await expect.poll(() => titlesIn(a.page, 'To do')).not.toEqual(before);
  await expect.poll(() => titlesIn(b.page, 'To do')).not.toEqual(before);

  await a.context.setOffline(false);
  await b.context.setOffline(false);
  await expect(a.page.getByRole('status', { name: 'Connection' })).toContainText('Connected');
  await expect(b.page.getByRole('status', { name: 'Connection' })).toContainText('Connected');

  // Both pages are read on every poll: each may still be taking in the other's move.
  await expect
    .poll(async () => {
      const [inA, inB] = await Promise.all([titlesIn(a.page, 'To do'), titlesIn(b.page, 'To do')]);
      return JSON.stringify(inA) === JSON.stringify(inB) ? 'same order' : `A: ${inA.join(' | ')}\nB: ${inB.join(' | ')}`;
    })
    .toBe('same order');
  const after = await titlesIn(a.page, 'To do');
  expect([...after].sort()).toEqual([...before].sort());
  // Both moves took effect: each moved card is now above where it was.
  expect(after.indexOf(last)).toBeLessThan(before.indexOf(last));
  expect(after.indexOf(secondLast)).toBeLessThan(before.indexOf(secondLast));

  await a.context.close();
  await b.context.close();
});
