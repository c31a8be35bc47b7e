import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { openAs } from './support/join';

test('someone who joins after the others sees them on the board at once, and they see the newcomer', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Presence board', template: 'hospital-discharge' });
  const first = await openAs(browser, board, 'editor', { name: 'Ahmed Hussain', organisation: 'Northshire Community Nursing & Therapy' });
  const second = await openAs(browser, board, 'viewer', { name: 'Joanne Evans', organisation: 'Northshire Council Adult Social Care' });
  const late = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' });

  // Answering the join prompt reopens the socket with my name; the others' presence must come back with it.
  const here = late.page.getByRole('list', { name: '3 on the board now' });
  await expect(here.getByRole('img', { name: 'Ahmed Hussain, Northshire Community Nursing & Therapy' })).toBeVisible();
  await expect(here.getByRole('img', { name: 'Joanne Evans, Northshire Council Adult Social Care' })).toBeVisible();
  await expect(first.page.getByRole('img', { name: 'Priya Shah, Riverside Hospitals NHS Trust (Ward 7B)' })).toBeVisible();
  for (const opened of [first, second, late]) await opened.context.close();
});
