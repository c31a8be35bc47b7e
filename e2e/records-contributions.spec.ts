import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';

test('a completed action is credited live to its owner and organisation; a viewer reads the credits and opens one by keyboard', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Contributions board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'goals');
  const viewer = await openAs(browser, board, 'viewer', { name: 'Ruth Adeyemi', organisation: 'Northshire Carers Centre' }, 'contributions');

  const councilCard = viewer.page.getByRole('article', { name: council });
  await expect(councilCard.getByRole('region', { name: 'Joanne Evans' })).toContainText('Care Act needs assessment with Arthur and Margaret');
  await expect(viewer.page.getByRole('article', { name: ward }).getByRole('region', { name: 'Priya Shah' })).toHaveCount(0);

  // Priya completes her action; the viewer sees her credited at once.
  await a.page.getByRole('button', { name: 'Arthur is medically fit and ready to leave hospital', exact: true }).click();
  await a.page.getByRole('dialog', { name: 'Arthur is medically fit and ready to leave hospital' }).getByRole('button', { name: 'Book hospital transport home', exact: true }).click();
  await a.page.getByRole('dialog', { name: 'Book hospital transport home' }).getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
  const priya = viewer.page.getByRole('article', { name: ward }).getByRole('region', { name: 'Priya Shah' });
  await expect(priya.getByRole('list', { name: 'Delivered by Priya Shah' })).toContainText('Action completed');
  await expect(priya).toContainText('Book hospital transport home');

  await expect(viewer.page.getByRole('main').getByRole('textbox')).toHaveCount(0);
  await expectNoAxeViolations(viewer.page);

  // Keyboard: the credited item opens in the detail panel.
  await priya.getByRole('button', { name: 'Book hospital transport home' }).focus();
  await viewer.page.keyboard.press('Enter');
  await expect(viewer.page.getByRole('dialog', { name: 'Book hospital transport home' })).toBeVisible();
  await a.context.close();
  await viewer.context.close();
});
