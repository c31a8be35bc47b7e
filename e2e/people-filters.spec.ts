import { expect, test, type Page } from '@playwright/test';
import { createBoard } from './support/api';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';

function partnerCards(page: Page) {
  return page.locator('.partner-grid > article h3');
}

test('on the people view, organisation and search narrow the organisations, the matrix and the workload to the same people', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'People filters', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'people');
  const filters = page.getByRole('search', { name: 'Filter people' });
  await expect(partnerCards(page)).toHaveCount(5);

  await filters.getByLabel('Organisation').selectOption({ label: council });
  await expect(partnerCards(page)).toHaveText([council]);
  const matrix = page.getByRole('region', { name: 'Responsibility matrix' });
  await expect(matrix.getByRole('columnheader', { name: 'Joanne Evans' })).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: 'Priya Shah' })).toHaveCount(0);
  const workload = page.getByRole('region', { name: 'Workload' });
  await expect(workload.getByRole('table', { name: 'By person' }).getByRole('rowheader')).toHaveCount(2);

  await filters.getByLabel('Organisation').selectOption({ label: 'All organisations' });
  await filters.getByRole('searchbox', { name: 'Search' }).fill('therapist');
  await expect(partnerCards(page)).toHaveText(['Northshire Community Nursing & Therapy']);
  await expect(page.getByRole('list', { name: 'People from Northshire Community Nursing & Therapy' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('Showing 1 of 5 organisations and 1 of 10 people that match the filters.')).toBeVisible();
  await context.close();
});
