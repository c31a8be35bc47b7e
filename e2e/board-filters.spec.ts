import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { card } from './support/board';
import { openAs } from './support/join';

test('search and filters narrow the cards and live in the address, so a reload keeps them', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Filter board', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' });

  await page.getByRole('searchbox', { name: 'Search' }).fill('medicines');
  await expect(page).toHaveURL(/[?&]q=medicines/);
  await expect(card(page, 'Reconcile medicines against the GP record')).toBeVisible();
  await expect(card(page, 'Book hospital transport home')).toHaveCount(0);

  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
  await expect(page).toHaveURL(/status=done/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('medicines');
  await expect(card(page, 'Reconcile medicines against the GP record')).toBeVisible();
  await expect(card(page, 'Set up a blister pack with the community pharmacy')).toHaveCount(0);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Lanes by goal').check();
  await expect(page).toHaveURL(/lanes=goal/);
  await expect(page.getByRole('heading', { level: 2, name: 'Medicines are reconciled and understood' })).toBeVisible();

  await context.close();
});
