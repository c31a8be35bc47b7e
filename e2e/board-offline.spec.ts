import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { addAction, card } from './support/board';
import { openAs } from './support/join';

test('edits made offline survive a reload and reach the others when the connection returns, with nothing lost', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Offline board', template: 'hospital-discharge' });
  const away = await openAs(browser, board, 'editor', { name: 'Sarah Nolan', organisation: 'Northshire Community Nursing & Therapy' });
  const here = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' });
  // The offline copy of the app itself must be installed before the network goes.
  await away.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await away.context.setOffline(true);
  await expect(away.page.getByRole('status', { name: 'Connection' })).toContainText('Offline');
  await addAction(away.page, 'To do', 'Written on the train');
  await away.page.reload();
  await expect(card(away.page, 'Written on the train')).toBeVisible();
  await expect(away.page.getByRole('status', { name: 'Connection' })).toContainText('Offline');

  await addAction(here.page, 'Blocked', 'Written in the meeting');
  await expect(card(away.page, 'Written in the meeting')).toHaveCount(0);

  await away.context.setOffline(false);
  await expect(away.page.getByRole('status', { name: 'Connection' })).toContainText('Connected');
  await expect(card(here.page, 'Written on the train')).toBeVisible();
  await expect(card(away.page, 'Written in the meeting')).toBeVisible();

  await here.page.reload();
  await expect(card(here.page, 'Written on the train')).toBeVisible();
  await expect(card(here.page, 'Written in the meeting')).toBeVisible();

  await away.context.close();
  await here.context.close();
});
