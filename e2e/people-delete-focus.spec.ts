import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { focusedElement } from './support/focus';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';
const community = 'Northshire Community Nursing & Therapy';
const carers = 'Northshire Carers Centre';

test('after removing a person, the focus moves to the next person of the organisation', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Focus people', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'people');
  await page.getByRole('button', { name: 'Remove Dr Tom Okafor' }).click();
  await page.getByRole('dialog', { name: 'Remove Dr Tom Okafor from the board?' }).getByRole('button', { name: 'Remove Dr Tom Okafor' }).click();

  await expect(page.getByRole('button', { name: 'Edit Grace Miller' })).toBeFocused();
  expect(await focusedElement(page)).toEqual({ tag: 'BUTTON', name: 'Edit Grace Miller' });
  await context.close();
});

test('after removing the only person of an organisation, the focus moves to the organisation’s heading', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Focus last person', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'people');
  await page.getByRole('button', { name: 'Remove Ruth Adeyemi' }).click();
  await page.getByRole('dialog', { name: 'Remove Ruth Adeyemi from the board?' }).getByRole('button', { name: 'Remove Ruth Adeyemi' }).click();

  await expect(page.getByRole('heading', { name: carers, exact: true })).toBeFocused();
  expect(await focusedElement(page)).toEqual({ tag: 'H3', name: carers });
  await context.close();
});

test('after removing an organisation, the focus moves to the next organisation', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Focus partners', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'people');
  await page.getByRole('button', { name: `Edit ${council}` }).click();
  await page.getByRole('article', { name: council, exact: true }).getByRole('button', { name: 'Remove organisation' }).click();
  await page.getByRole('dialog', { name: `Remove ${council} from the partnership?` }).getByRole('button', { name: 'Remove organisation' }).click();
  await expect(page.getByRole('article', { name: council, exact: true })).toHaveCount(0);

  await expect(page.getByRole('button', { name: `Edit ${community}` })).toBeFocused();
  expect((await focusedElement(page)).tag).not.toBe('BODY');
  await context.close();
});
