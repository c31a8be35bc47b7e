import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const home = "Arthur's home is safe for his mobility";

test('the goals view filters goals by goal status, and offers no action-only filter', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Goal filters', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'goals');
  const filters = page.getByRole('search', { name: 'Filter goals' });
  await expect(filters.getByLabel('Overdue')).toHaveCount(0);
  await expect(filters.getByLabel('Lanes by goal')).toHaveCount(0);
  await expect(filters.getByLabel('Status').locator('option')).toHaveText(['Any status', 'Not started', 'On track', 'At risk', 'Off track', 'Achieved']);

  await filters.getByLabel('Status').selectOption({ label: 'At risk' });
  await expect(page).toHaveURL(/goal-status=at_risk/);
  await expect(page.locator('ol.goal-list > li h3')).toHaveText([home]);
  await expect(page.getByText('Showing 1 of 5 goals that match the filters.')).toBeVisible();

  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.locator('ol.goal-list > li h3')).toHaveCount(5);
  await context.close();
});

test('a filter set on the board waits there: it neither narrows nor shows on the goals and people views', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Filters per view', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward });
  await page.getByRole('search', { name: 'Filter actions' }).getByLabel('Status').selectOption({ label: 'Blocked' });
  await page.getByRole('search', { name: 'Filter actions' }).getByLabel('Overdue').check();

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Goals' }).click();
  const goalFilters = page.getByRole('search', { name: 'Filter goals' });
  await expect(goalFilters.getByLabel('Status')).toHaveValue('');
  await expect(goalFilters.getByLabel('Past target date')).not.toBeChecked();
  await expect(goalFilters.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  await expect(page.locator('ol.goal-list > li h3')).toHaveCount(5);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'People and partners' }).click();
  const peopleFilters = page.getByRole('search', { name: 'Filter people' });
  await expect(peopleFilters.getByRole('combobox')).toHaveCount(1);
  await expect(peopleFilters.getByRole('checkbox')).toHaveCount(0);
  await expect(peopleFilters.getByLabel('Organisation')).toBeVisible();
  await expect(peopleFilters.getByRole('searchbox', { name: 'Search' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Board' }).click();
  await expect(page.getByRole('search', { name: 'Filter actions' }).getByLabel('Status')).toHaveValue('blocked');
  await expect(page.getByText('Showing 1 of 18 actions.')).toBeVisible();
  await context.close();
});
