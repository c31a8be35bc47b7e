import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { moveCardByKeyboard, titlesIn } from './support/board';
import { openAs } from './support/join';

test('debug keyboard move', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Concurrent moves', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' });
  const before = await titlesIn(a.page, 'To do');
  const last = before[before.length - 1] as string;
  a.page.on('console', (m) => console.log('PAGE', m.text()));
  await a.context.setOffline(true);
  await expect(a.page.getByRole('status', { name: 'Connection' })).toContainText('Offline');
  const handle = a.page.locator('article.card').filter({ hasText: last }).getByRole('button', { name: last, exact: true });
  await handle.focus();
  await a.page.keyboard.press('Space');
  await a.page.screenshot({ path: '/tmp/dbg1.png' });
  for (let i = 0; i < 4; i++) {
    await a.page.keyboard.press('ArrowUp');
    console.log(i, await a.page.locator('[id^="DndLiveRegion"]').allTextContents());
  }
  await a.page.screenshot({ path: '/tmp/dbg2.png' });
  await a.page.keyboard.press('Space');
  await a.page.screenshot({ path: '/tmp/dbg3.png' });
  console.log(await a.page.locator('[id^="DndLiveRegion"]').allTextContents());
  console.log(before, await titlesIn(a.page, 'To do'));
  expect(1).toBe(1);
});
