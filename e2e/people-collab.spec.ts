import { expect, test, type Page } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';

/** A partner organisation's card on the people view. */
function partnerCard(page: Page, name: string) {
  return page.getByRole('article', { name, exact: true });
}

test('a partner and a person added in one browser appear in the other, an edit follows, and both survive a reload', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'People board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward }, 'people');
  const b = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'people');

  await a.page.getByRole('button', { name: 'Add an organisation' }).click();
  await a.page.getByLabel('Organisation name').fill('Northshire Homes');
  await a.page.getByLabel('Kind of organisation').selectOption({ label: 'Housing' });
  await a.page.getByRole('button', { name: 'Add organisation' }).click();
  await expect(partnerCard(b.page, 'Northshire Homes').getByText('Housing')).toBeVisible();

  await a.page.getByRole('button', { name: 'Add a person to Northshire Homes' }).click();
  const form = a.page.getByRole('form', { name: 'Add a person to Northshire Homes' });
  await form.getByLabel('Name').fill('Dev Patel');
  await form.getByLabel('Role (job title)').fill('Housing officer');
  await form.getByLabel('Contact (phone or email)').fill('07700 900123');
  await form.getByRole('button', { name: 'Add person' }).click();
  const people = partnerCard(b.page, 'Northshire Homes').getByRole('list', { name: 'People from Northshire Homes' });
  await expect(people.getByText('Dev Patel')).toBeVisible();
  await expect(people.getByText('Housing officer')).toBeVisible();

  await b.page.getByRole('button', { name: 'Edit Dev Patel' }).click();
  const row = partnerCard(b.page, 'Northshire Homes');
  await row.getByLabel('Role (job title)').fill('Senior housing officer');
  await row.getByLabel('Role (job title)').press('Enter');
  await b.page.getByRole('button', { name: 'Done editing Dev Patel' }).click();
  await expect(partnerCard(a.page, 'Northshire Homes').getByText('Senior housing officer')).toBeVisible();

  // The new person can be picked everywhere a person is chosen, e.g. as lead professional.
  await a.page.getByLabel('Choose the lead professional').selectOption({ label: 'Dev Patel (Northshire Homes)' });
  await expect(b.page.getByRole('region', { name: 'Lead professional' }).getByText('Dev Patel', { exact: true })).toBeVisible();

  await a.page.reload();
  await expect(partnerCard(a.page, 'Northshire Homes').getByText('Senior housing officer')).toBeVisible();
  await expect(a.page.getByRole('region', { name: 'Lead professional' }).getByText('Senior housing officer, Northshire Homes')).toBeVisible();
  await a.context.close();
  await b.context.close();
});

test('removing someone accountable for work says what they hold and hands it to the person chosen', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Handover board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'people');
  const b = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'people');

  await a.page.getByRole('button', { name: 'Remove Liam Carter' }).click();
  const confirm = a.page.getByRole('dialog', { name: 'Remove Liam Carter from the board?' });
  await expect(confirm).toContainText('Liam Carter is accountable for 1 action and 1 risk.');
  await expect(confirm).toContainText('taken off every Responsible, Consulted and Informed list');
  await confirm.getByLabel('Hand over to').selectOption({ label: `Joanne Evans (${council})` });
  await confirm.getByRole('button', { name: 'Remove Liam Carter' }).click();

  await expect(partnerCard(b.page, council).getByText('Liam Carter')).toHaveCount(0);
  const matrix = b.page.getByRole('region', { name: 'Responsibility matrix' });
  const row = matrix.getByRole('row', { name: /Confirm reablement start date/ });
  await expect(row.getByRole('cell', { name: 'Accountable' })).toHaveCount(1);
  await expect(matrix.getByRole('columnheader', { name: 'Liam Carter' })).toHaveCount(0);
  await a.context.close();
  await b.context.close();
});

test('the matrix shows an action without an accountable owner, with words, for everyone', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Matrix board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'goals');
  const b = await openAs(browser, board, 'viewer', { name: 'Ruth Adeyemi', organisation: 'Northshire Carers Centre' }, 'people');
  const matrix = b.page.getByRole('region', { name: 'Responsibility matrix' });
  await expect(matrix.getByText('No accountable owner')).toHaveCount(0);

  await a.page.getByRole('button', { name: 'Care and reablement in place from day one', exact: true }).click();
  const panel = a.page.getByRole('dialog', { name: 'Care and reablement in place from day one' });
  await panel.getByLabel('New action for this goal').fill('Find a night-sitting service');
  await panel.getByRole('button', { name: 'Add action' }).click();

  const row = matrix.getByRole('row', { name: /Find a night-sitting service/ });
  await expect(row.getByText('No accountable owner')).toBeVisible();
  await expect(b.page.getByText('1 action has no accountable owner.')).toBeVisible();
  await a.context.close();
  await b.context.close();
});

test('a viewer sees the people and partners with no edit controls', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Viewer people', template: 'hospital-discharge' });
  const viewer = await openAs(browser, board, 'viewer', { name: 'Remote partner', organisation: council }, 'people');
  await expect(partnerCard(viewer.page, ward).getByText('Priya Shah')).toBeVisible();
  await expect(viewer.page.getByRole('region', { name: 'Lead professional' }).getByText('Priya Shah', { exact: true })).toBeVisible();
  await expect(viewer.page.getByRole('main').getByRole('button', { name: /^(Add|Edit|Remove)/ })).toHaveCount(0);
  await expect(viewer.page.getByRole('main').getByRole('combobox')).toHaveCount(0);
  await expect(viewer.page.getByRole('main').getByRole('textbox')).toHaveCount(0);
  await viewer.context.close();
});

test('the people view has no accessibility violations', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Accessible people', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'people');
  await expect(partnerCard(page, ward)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: `Edit ${council}` }).click();
  await page.getByRole('button', { name: 'Edit Joanne Evans' }).click();
  await expectNoAxeViolations(page);
  await context.close();
});
