import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { card, column } from './support/board';
import { focusedElement } from './support/focus';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';

test('after deleting an action from its card menu, the focus moves to the next card of the column', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Focus cards', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward });
  await page.getByRole('button', { name: 'More for Book hospital transport home' }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  await page.getByRole('dialog', { name: 'Delete this action?' }).getByRole('button', { name: 'Delete action' }).click();
  await expect(card(page, 'Book hospital transport home')).toHaveCount(0);

  const next = 'GP home visit within seven days of discharge';
  await expect(card(page, next).getByRole('button', { name: next, exact: true })).toBeFocused();
  expect(await focusedElement(page)).toEqual({ tag: 'DIV', name: next });
  await context.close();
});

test('keeping an action after all gives the focus back to its menu button', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Focus keep', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward });
  await page.getByRole('button', { name: 'More for Book hospital transport home' }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  await page.getByRole('dialog', { name: 'Delete this action?' }).getByRole('button', { name: 'Keep it' }).click();

  await expect(page.getByRole('button', { name: 'More for Book hospital transport home' })).toBeFocused();
  await context.close();
});

test('after deleting an action from its detail panel, the focus moves to the next card, or the column heading when none is left', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Focus panel', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward });
  const blocked = column(page, 'Blocked');
  for (const [title, landing] of [
    ['Home environment visit and falls risk assessment', 'Agree funding for the care package'],
    ['Agree funding for the care package', null],
  ] as const) {
    await blocked.getByRole('button', { name: title, exact: true }).click();
    const panel = page.getByRole('dialog', { name: title });
    await panel.getByRole('button', { name: 'Delete action' }).click();
    await page.getByRole('dialog', { name: `Delete the action “${title}”?` }).getByRole('button', { name: 'Delete action' }).click();
    await expect(card(page, title)).toHaveCount(0);
    if (landing) await expect(blocked.getByRole('button', { name: landing, exact: true })).toBeFocused();
    else await expect(blocked.getByRole('heading', { name: 'Blocked' })).toBeFocused();
    expect((await focusedElement(page)).tag).not.toBe('BODY');
  }
  await context.close();
});

test('moving an action to another column with its card menu keeps the focus on the card, in its new column', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Focus move', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward });
  const title = 'Book hospital transport home';
  await page.getByRole('button', { name: `More for ${title}` }).click();
  await page.getByRole('menuitem', { name: 'Move to Done' }).click();

  await expect(column(page, 'Done').getByRole('button', { name: title, exact: true })).toBeFocused();
  await context.close();
});
