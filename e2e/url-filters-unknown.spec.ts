import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { card } from './support/board';
import { idByName } from './support/ids';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const carers = 'Northshire Carers Centre';

test('a link filtering by an organisation and a person the board does not have shows everything and says why', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Old filter link', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward });

  await page.goto(`/b/${board.id}/board?partner=Gone0Partner0Id0000001&owner=Gone0Person0Id00000001&status=todo`);
  await expect(page.getByRole('status').filter({ hasText: 'The filters named' })).toHaveText(
    /The filters named an organisation and a person this board does not have \(perhaps removed\), so they were cleared\./,
  );
  await expect(page).toHaveURL(/\?status=todo$/);
  await expect(page.getByRole('combobox', { name: 'Organisation' })).toHaveValue('');
  await expect(page.getByRole('combobox', { name: 'Owner' })).toHaveValue('');
  await expect(card(page, 'Book hospital transport home')).toBeVisible();
  await expect(card(page, "Carer's assessment for Margaret")).toBeVisible();
  await context.close();
});

test('an organisation removed while someone filters by it is dropped from their filter, and they are told', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Removed while filtered', template: 'hospital-discharge' });
  const facilitator = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward }, 'people');
  const editor = await openAs(browser, board, 'editor', { name: 'Ruth Adeyemi', organisation: carers });

  await editor.page.getByRole('combobox', { name: 'Organisation' }).selectOption({ label: carers });
  await expect(editor.page).toHaveURL(/partner=/);
  await expect(card(editor.page, 'Book hospital transport home')).toHaveCount(0);

  await facilitator.page.getByRole('button', { name: `Edit ${carers}` }).click();
  await facilitator.page.getByRole('article', { name: carers, exact: true }).getByRole('button', { name: 'Remove organisation' }).click();
  await facilitator.page.getByRole('dialog', { name: `Remove ${carers} from the partnership?` }).getByRole('button', { name: 'Remove organisation' }).click();

  await expect(editor.page.getByRole('status').filter({ hasText: 'The filter named' })).toHaveText(
    /The filter named an organisation this board does not have \(perhaps removed\), so it was cleared\./,
  );
  await expect(editor.page).not.toHaveURL(/partner=/);
  await expect(editor.page.getByRole('combobox', { name: 'Organisation' })).toHaveValue('');
  await expect(card(editor.page, 'Book hospital transport home')).toBeVisible();
  for (const opened of [facilitator, editor]) await opened.context.close();
});

test('a filter is judged only once the board has synced: an organisation added since this browser last looked is kept', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Judged after sync', template: 'hospital-discharge' });
  const editor = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward });
  await expect(editor.page.getByRole('status', { name: 'Connection' })).toContainText('Connected');
  await editor.page.close();

  const facilitator = await openAs(browser, board, 'facilitator', { name: 'Joanne Evans', organisation: 'Northshire Council Adult Social Care' }, 'people');
  await facilitator.page.getByRole('button', { name: 'Add an organisation' }).click();
  await facilitator.page.getByLabel('Organisation name').fill('Northshire Homes');
  await facilitator.page.getByRole('button', { name: 'Add organisation' }).click();
  await expect(facilitator.page.getByRole('article', { name: 'Northshire Homes', exact: true })).toBeVisible();
  const homes = await idByName(facilitator.page, 'partners', 'Northshire Homes');
  expect(homes).not.toBeNull();

  // This browser's own copy of the board, shown before the server's answer, has no Northshire Homes yet.
  const page = await editor.context.newPage();
  await page.goto(`/b/${board.id}/board?partner=${homes}`);
  await expect(page.getByRole('status', { name: 'Connection' })).toContainText('Connected');
  await expect(page.getByRole('combobox', { name: 'Organisation' })).toHaveValue(homes ?? '');
  await expect(page).toHaveURL(new RegExp(`partner=${homes}`));
  await expect(page.getByText('Showing 0 of 18 actions.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The filter named' })).toHaveCount(0);
  for (const context of [editor.context, facilitator.context]) await context.close();
});
