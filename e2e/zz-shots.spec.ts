import { test } from '@playwright/test';
import { boardLink, createBoard } from './support/api';
import { joinBoard, openAs } from './support/join';

test.use({ viewport: { width: 1440, height: 900 } });

test('screenshots', async ({ browser, request, page }) => {
  await page.goto('/');
  await page.screenshot({ path: '/tmp/shot-start.png' });
  const board = await createBoard(request, { title: 'Discharge plan: Arthur Bennett', template: 'hospital-discharge' });
  await page.goto(boardLink(board, 'facilitator'));
  await page.getByLabel('Your name').waitFor();
  await page.screenshot({ path: '/tmp/shot-join.png' });
  await joinBoard(page, { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' });
  const other = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: 'Northshire Council Adult Social Care' });
  await other.page.mouse.move(700, 500);
  await other.page.mouse.move(720, 520);
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/shot-board.png' });
  await page.getByLabel('Lanes by goal').check();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/shot-lanes.png' });
  await page.getByLabel('Lanes by goal').uncheck();
  await page.getByRole('button', { name: 'Share' }).click();
  await page.screenshot({ path: '/tmp/shot-share.png' });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'More for Book hospital transport home' }).click();
  await page.screenshot({ path: '/tmp/shot-menu.png' });
  await page.keyboard.press('Escape');
  const viewer = await openAs(browser, board, 'viewer', { name: 'Remote partner', organisation: 'Elm Street Medical Practice' });
  await viewer.page.setViewportSize({ width: 1024, height: 768 });
  await viewer.page.screenshot({ path: '/tmp/shot-viewer.png' });
  const bad = await browser.newPage();
  await bad.goto(`/b/${board.id}/board#token=nope`);
  await bad.getByRole('heading', { level: 1 }).waitFor();
  await bad.screenshot({ path: '/tmp/shot-bad.png' });
});
