import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { card } from './support/board';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';
const readyGoal = 'Arthur is medically fit and ready to leave hospital';
const existing = 'Book hospital transport home';

test('adding an action like one already under the goal says who has it, opens it, or adds it anyway', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Duplicate board', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'board');

  await page.getByRole('button', { name: 'Add action to To do' }).click();
  const form = page.getByRole('form', { name: 'New action in To do' });
  await form.getByLabel('Goal it serves').selectOption({ label: readyGoal });
  const title = form.getByLabel('Title of the new action in To do');
  await title.fill('Arrange transport home from hospital');
  await title.press('Enter');

  // Told politely, in a status message, and nothing added yet.
  const notice = form.getByRole('status');
  await expect(notice).toContainText(`This looks like an action already under this goal: “${existing}”, which Priya Shah (${ward}) already has (to do).`);
  await expect(card(page, 'Arrange transport home from hospital')).toHaveCount(0);
  await expect(title).toBeFocused();
  await expectNoAxeViolations(page);

  // Open the existing one.
  await notice.getByRole('button', { name: 'Open the existing one' }).click();
  await expect(page.getByRole('dialog', { name: existing })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: existing })).toBeHidden();

  // Changing the words clears the note; Enter twice on the same title adds it anyway, by keyboard alone.
  await title.fill('Arrange transport home from hospital by ambulance');
  await expect(notice).toBeEmpty();
  await title.press('Enter');
  await expect(notice).toContainText(existing);
  await title.press('Enter');
  await expect(card(page, 'Arrange transport home from hospital by ambulance')).toBeVisible();
  await expect(notice).toBeEmpty();

  // An action unlike any other is added at once.
  await title.fill('Order a pressure-relieving mattress');
  await title.press('Enter');
  await expect(card(page, 'Order a pressure-relieving mattress')).toBeVisible();
  await context.close();
});

test('the goal panel warns too, and its "Add anyway" adds the action', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Duplicate goal panel', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'goals');
  await page.getByRole('button', { name: readyGoal, exact: true }).click();
  const panel = page.getByRole('dialog', { name: readyGoal });
  await panel.getByLabel('New action for this goal').fill('Send the discharge summary to the GP practice');
  await panel.getByRole('button', { name: 'Add action' }).click();
  const notice = panel.getByRole('status').filter({ hasText: 'This looks like' });
  await expect(notice).toContainText('“Send the discharge summary to the GP”, which Dr Tom Okafor');
  await expectNoAxeViolations(page);
  await notice.getByRole('button', { name: 'Add anyway' }).click();
  await expect(panel.getByRole('button', { name: 'Send the discharge summary to the GP practice', exact: true })).toBeVisible();
  await expect(panel.getByLabel('New action for this goal')).toBeFocused();
  await expect(panel.getByLabel('New action for this goal')).toHaveValue('');
  await context.close();
});
