import { expect, test, type Page } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';
const careGoal = 'Care and reablement in place from day one';

/** Adds a commitment through the view's "Add a commitment" form. */
async function addCommitment(page: Page, input: { organisation: string; towards: string; kind: string; amount: string; unit: string; note: string }) {
  await page.getByRole('button', { name: 'Add a commitment' }).click();
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await form.getByLabel('Organisation').selectOption({ label: input.organisation });
  await form.getByLabel('Towards').selectOption({ label: input.towards });
  await form.getByLabel('What it puts in').selectOption({ label: input.kind });
  await form.getByLabel('Amount').fill(input.amount);
  await form.getByLabel('Unit').fill(input.unit);
  await form.getByLabel('Note').fill(input.note);
  await form.getByRole('button', { name: 'Add commitment' }).click();
  await expect(form).toBeHidden();
}

/** A commitment in the list, by its accessible name ("Funding: £2,000, from …"). */
function commitment(page: Page, name: string) {
  return page.getByRole('listitem', { name, exact: true });
}

test('two partners record commitments live, see who carries most, by organisation and by goal, and a viewer only reads', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Resources board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'resources');
  const b = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'resources');
  await expect(a.page.getByRole('heading', { name: 'Commitments and resources' })).toBeVisible();

  await addCommitment(a.page, { organisation: council, towards: careGoal, kind: 'Facilities', amount: '6', unit: 'day-centre sessions', note: 'Day centre at Mill Lane' });
  const councilStaff = `Facilities: 6 day-centre sessions, from ${council}`;
  await expect(commitment(b.page, councilStaff)).toContainText('Pledged');
  await expect(b.page.getByText(`${council} puts in all of the facilities (6 of 6 day-centre sessions).`)).toBeVisible();

  await addCommitment(b.page, { organisation: ward, towards: careGoal, kind: 'Facilities', amount: '4', unit: 'day-centre sessions', note: 'Therapy room on the ward' });
  await expect(a.page.getByText(`${council} carries 60% of facilities (6 of 10 day-centre sessions).`)).toBeVisible();

  // B marks A's commitment delivered; A sees it at once.
  await b.page.getByRole('button', { name: `Mark delivered: ${councilStaff}` }).click();
  await expect(commitment(a.page, councilStaff)).toContainText('Delivered');
  await expect(a.page.getByRole('region', { name: council })).toContainText(/\d+ commitments?, 1 delivered\./);

  // Per goal: the care goal is shared by two organisations; a goal with nothing says so.
  await a.page.getByRole('radio', { name: 'Goal' }).check();
  await expect(a.page.getByRole('region', { name: careGoal, exact: true })).toContainText('Shared by 2 organisations.');

  // An edit (a bad amount is refused with a clear message and the text stays), then a good one.
  await b.page.getByRole('button', { name: `Edit Facilities: 4 day-centre sessions, from ${ward}` }).click();
  const amount = commitment(b.page, `Facilities: 4 day-centre sessions, from ${ward}`).getByLabel('Amount');
  await amount.fill('lots');
  await amount.press('Enter');
  await expect(b.page.getByText('The amount must be a number.')).toBeVisible();
  await expect(amount).toHaveValue('lots');
  await amount.fill('14');
  await amount.press('Enter');
  await expect(a.page.getByText(`${ward} carries 70% of facilities (14 of 20 day-centre sessions).`)).toBeVisible();

  const viewer = await openAs(browser, board, 'viewer', { name: 'Ruth Adeyemi', organisation: 'Northshire Carers Centre' }, 'resources');
  await expect(commitment(viewer.page, councilStaff)).toContainText('Delivered');
  await expect(viewer.page.getByRole('main').getByRole('button', { name: /^(Add|Edit|Delete|Mark)/ })).toHaveCount(0);
  await expect(viewer.page.getByRole('main').getByRole('textbox')).toHaveCount(0);
  await expectNoAxeViolations(viewer.page);
  await expectNoAxeViolations(b.page);

  // Delete, with a confirmation; gone for the others.
  await a.page.getByRole('button', { name: `Delete ${councilStaff}` }).click();
  await a.page.getByRole('dialog', { name: 'Delete this commitment?' }).getByRole('button', { name: 'Delete commitment' }).click();
  await expect(commitment(viewer.page, councilStaff)).toHaveCount(0);
  await expect(commitment(b.page, councilStaff)).toHaveCount(0);
  for (const opened of [a, b, viewer]) await opened.context.close();
});

test('a commitment is added, shown by goal, marked delivered and deleted with the keyboard alone', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Keyboard resources', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'resources');
  const add = page.getByRole('button', { name: 'Add a commitment' });
  await add.focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await expect(form.getByLabel('Organisation')).toBeFocused();
  await expect(form.getByLabel('Organisation')).toHaveValue(/.+/);
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Towards')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('What it puts in')).toBeFocused();
  await page.keyboard.press('f');
  await expect(form.getByLabel('What it puts in')).toHaveValue('funding');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Amount')).toBeFocused();
  await page.keyboard.type('£2,500');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Note')).toBeFocused();
  await page.keyboard.type('Equipment budget');
  // The unit follows the kind (£ for funding); Enter submits.
  await expect(form.getByLabel('Unit')).toHaveValue('£');
  await page.keyboard.press('Enter');
  await expect(add).toBeFocused();
  const name = `Funding: £2,500, from ${council}`;
  await expect(commitment(page, name)).toBeVisible();

  // The "Show by" radios move with the arrow keys.
  await page.getByRole('radio', { name: 'Organisation' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Goal' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'The plan as a whole' })).toContainText('Only Northshire Council Adult Social Care puts anything in.');

  await page.getByRole('button', { name: `Mark delivered: ${name}` }).focus();
  await page.keyboard.press('Enter');
  await expect(commitment(page, name)).toContainText('Delivered');
  await page.getByRole('button', { name: `Delete ${name}` }).focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Delete this commitment?' });
  await confirm.getByRole('button', { name: 'Delete commitment' }).focus();
  await page.keyboard.press('Enter');
  await expect(commitment(page, name)).toHaveCount(0);
  await expect(page.locator(':focus')).toBeVisible();
  await context.close();
});
