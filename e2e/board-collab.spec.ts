import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { addAction, card, column, dragCardTo, moveCardByKeyboard } from './support/board';
import { openAs } from './support/join';

test('what one person adds, renames, drags (mouse and keyboard) and deletes appears for the other, and survives a reload', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Live board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' });
  const b = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: 'Northshire Council Adult Social Care' });
  await expectNoAxeViolations(a.page);

  await addAction(a.page, 'To do', 'Order a wheelchair for the first week');
  await expect(column(b.page, 'To do').getByRole('button', { name: 'Order a wheelchair for the first week', exact: true })).toBeVisible();

  await a.page.getByRole('button', { name: 'More for Order a wheelchair for the first week' }).click();
  await a.page.getByRole('menuitem', { name: 'Rename' }).click();
  await a.page.getByLabel('New title for Order a wheelchair for the first week').fill('Order a wheelchair for the first fortnight');
  await a.page.getByLabel('New title for Order a wheelchair for the first week').press('Enter');
  const title = 'Order a wheelchair for the first fortnight';
  await expect(card(b.page, title)).toBeVisible();

  await dragCardTo(a.page, title, 'In progress');
  await expect(column(a.page, 'In progress').getByRole('button', { name: title, exact: true })).toBeVisible();
  await expect(column(b.page, 'In progress').getByRole('button', { name: title, exact: true })).toBeVisible();

  await moveCardByKeyboard(a.page, title, ['ArrowRight']);
  await expect(column(a.page, 'Blocked').getByRole('button', { name: title, exact: true })).toBeVisible();
  await expect(column(b.page, 'Blocked').getByRole('button', { name: title, exact: true })).toBeVisible();

  await b.page.reload();
  await expect(column(b.page, 'Blocked').getByRole('button', { name: title, exact: true })).toBeVisible();

  await a.page.getByRole('button', { name: `More for ${title}` }).click();
  await a.page.getByRole('menuitem', { name: 'Delete…' }).click();
  await a.page.getByRole('dialog', { name: 'Delete this action?' }).getByRole('button', { name: 'Delete action' }).click();
  await expect(card(b.page, title)).toHaveCount(0);
  await b.page.reload();
  await expect(column(b.page, 'To do')).toBeVisible();
  await expect(card(b.page, title)).toHaveCount(0);

  await a.context.close();
  await b.context.close();
});

test('undo takes back only my own change, never the other person’s', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Undo board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' });
  const b = await openAs(browser, board, 'editor', { name: 'Mark Reid', organisation: 'Elm Street Medical Practice' });

  await addAction(a.page, 'To do', 'Action from Priya');
  await addAction(b.page, 'To do', 'Action from Mark');
  await expect(card(a.page, 'Action from Mark')).toBeVisible();

  await a.page.getByRole('button', { name: /Undo your last change/ }).click();
  await expect(card(a.page, 'Action from Priya')).toHaveCount(0);
  await expect(card(b.page, 'Action from Priya')).toHaveCount(0);
  await expect(card(a.page, 'Action from Mark')).toBeVisible();

  await a.page.locator('body').press('Control+Shift+Z');
  await expect(card(b.page, 'Action from Priya')).toBeVisible();
  await a.page.locator('body').press('Control+z');
  await expect(card(b.page, 'Action from Priya')).toHaveCount(0);

  await a.context.close();
  await b.context.close();
});

test('clicking a card opens its detail panel', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Detail board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' });
  await card(a.page, 'Book hospital transport home').getByRole('button', { name: 'Book hospital transport home', exact: true }).click();
  await expect(a.page.getByRole('dialog').or(a.page.getByRole('complementary')).first()).toContainText('Book hospital transport home');
  await a.context.close();
});
