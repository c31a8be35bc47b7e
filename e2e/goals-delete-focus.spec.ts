import { expect, test, type Page } from '@playwright/test';
import { createBoard } from './support/api';
import { focusedElement } from './support/focus';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const home = "Arthur's home is safe for his mobility";
const care = 'Care and reablement in place from day one';
const medicines = 'Medicines are reconciled and understood';
const carer = 'Margaret is supported as Arthur’s carer';

async function confirmDelete(page: Page, goal: string) {
  const confirm = page.getByRole('dialog', { name: `Delete the goal “${goal}”?` });
  await confirm.getByRole('button', { name: 'Delete goal' }).click();
  await expect(page.getByRole('article', { name: goal, exact: true })).toHaveCount(0);
}

test('after deleting a goal in place, the focus moves to the next goal, not the page body', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Focus goals', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'goals');
  await page.getByRole('button', { name: `Edit goal: ${home}` }).click();
  await page.getByRole('article', { name: home, exact: true }).getByRole('button', { name: 'Delete goal' }).click();
  await confirmDelete(page, home);

  await expect(page.getByRole('button', { name: care, exact: true })).toBeFocused();
  expect(await focusedElement(page)).toEqual({ tag: 'BUTTON', name: care });
  await context.close();
});

test('after deleting a goal from its detail panel, the focus moves to the next goal in the list', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Focus goal panel', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'goals');
  await page.getByRole('button', { name: medicines, exact: true }).click();
  const panel = page.getByRole('dialog', { name: medicines });
  await panel.getByRole('button', { name: 'Delete goal' }).click();
  await confirmDelete(page, medicines);

  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: carer, exact: true })).toBeFocused();
  expect((await focusedElement(page)).tag).not.toBe('BODY');
  await context.close();
});

test('after deleting the last goal of the list, the focus moves to the goal before it', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Focus last goal', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'goals');
  await page.getByRole('button', { name: `Edit goal: ${carer}` }).click();
  await page.getByRole('article', { name: carer, exact: true }).getByRole('button', { name: 'Delete goal' }).click();
  await confirmDelete(page, carer);

  await expect(page.getByRole('button', { name: medicines, exact: true })).toBeFocused();
  await context.close();
});
