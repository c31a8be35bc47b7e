import { expect, test, type Page } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { dragAnnouncements, keyboardDragReady } from './support/board';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';
const ready = 'Arthur is medically fit and ready to leave hospital';
const home = "Arthur's home is safe for his mobility";
const care = 'Care and reablement in place from day one';
const medicines = 'Medicines are reconciled and understood';
const carer = 'Margaret is supported as Arthur’s carer';
const templateGoals = [ready, home, care, medicines, carer];

// Tall enough that a drag from the second row of goals to the first stays on screen.
test.use({ viewport: { width: 1280, height: 1000 } });

/** The goal titles in the order the goals view shows them. */
function goalOrder(page: Page) {
  return page.locator('ol.goal-list > li h3');
}

/** A goal's card on the goals view, found by its exact title. */
function goalCard(page: Page, title: string) {
  return page.getByRole('article', { name: title, exact: true });
}

test('a goal added and edited in place in one browser appears in the other, and survives a reload', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Goals board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward }, 'goals');
  const b = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'goals');

  await a.page.getByRole('button', { name: 'Add a goal' }).click();
  await a.page.getByLabel('New goal').fill('Arthur can manage the stairs safely');
  await a.page.getByRole('button', { name: 'Add goal', exact: true }).click();
  await expect(a.page.getByLabel('New goal')).toHaveValue('');
  await a.page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(goalCard(b.page, 'Arthur can manage the stairs safely')).toBeVisible();
  await expect(goalOrder(b.page).last()).toHaveText('Arthur can manage the stairs safely');

  await a.page.getByRole('button', { name: 'Edit goal: Arthur can manage the stairs safely' }).click();
  const editing = goalCard(a.page, 'Arthur can manage the stairs safely');
  await editing.getByLabel('Status').selectOption({ label: 'At risk' });
  await editing.getByLabel('Accountable owner').selectOption({ label: 'Ahmed Hussain (Northshire Community Nursing & Therapy)' });
  await editing.getByLabel('Target date').fill('2031-05-20');
  await editing.getByLabel('Success measure').fill('Climbs the stairs twice with the therapist watching');
  await editing.getByRole('checkbox', { name: council }).check();
  await editing.getByLabel('Goal', { exact: true }).fill('Arthur can climb his stairs safely');
  await editing.getByLabel('Goal', { exact: true }).press('Enter');
  await a.page.getByRole('button', { name: 'Done editing goal: Arthur can climb his stairs safely' }).click();

  const seen = goalCard(b.page, 'Arthur can climb his stairs safely');
  await expect(seen.getByText('At risk')).toBeVisible();
  await expect(seen.getByText('Ahmed Hussain')).toBeVisible();
  await expect(seen.getByText('Northshire Community Nursing & Therapy')).toBeVisible();
  await expect(seen.getByText('20 May 2031')).toBeVisible();
  await expect(seen.getByText('Climbs the stairs twice with the therapist watching')).toBeVisible();
  await expect(seen.getByRole('listitem').filter({ hasText: council })).toBeVisible();
  await expect(seen.getByText('No actions yet')).toBeVisible();

  await b.page.reload();
  await expect(goalCard(b.page, 'Arthur can climb his stairs safely').getByText('At risk')).toBeVisible();
  await a.context.close();
  await b.context.close();
});

test('goals reordered by mouse and by keyboard end in the same order for everyone, and after a reload', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Order board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'goals');
  const b = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'goals');
  await expect(goalOrder(b.page)).toHaveText(templateGoals);

  // Mouse: drag the third goal by its handle onto the first.
  const handle = a.page.getByRole('button', { name: `Move goal: ${care}` });
  const target = a.page.getByRole('button', { name: `Move goal: ${ready}` });
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('The goal handles are not on screen.');
  await a.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await a.page.mouse.down();
  await a.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 2 });
  // Each step waits for what a person would see, so a busy machine cannot let go too early.
  await expect(dragAnnouncements(a.page).first()).toContainText(`Picked up goal ${care}`);
  await a.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await expect(dragAnnouncements(a.page).first()).toContainText(`Goal ${care} is over position 1 of 5`);
  await a.page.mouse.up();
  const afterMouse = [care, ready, home, medicines, carer];
  await expect(goalOrder(a.page)).toHaveText(afterMouse);
  await expect(goalOrder(b.page)).toHaveText(afterMouse);

  // Keyboard: pick up the last goal, move it up one place, drop it; the screen reader is told where it went.
  const last = a.page.getByRole('button', { name: `Move goal: ${carer}` });
  await last.focus();
  await a.page.keyboard.press('Space');
  await expect(dragAnnouncements(a.page).first()).toContainText(`Picked up goal ${carer}`);
  await keyboardDragReady(a.page);
  await a.page.keyboard.press('ArrowUp');
  await expect(dragAnnouncements(a.page).first()).toContainText(`Goal ${carer} is over position 4 of 5`);
  await a.page.keyboard.press('Space');
  await expect(dragAnnouncements(a.page).first()).toContainText(`Goal ${carer} dropped at position 4 of 5`);
  const afterKeyboard = [care, ready, home, carer, medicines];
  await expect(goalOrder(a.page)).toHaveText(afterKeyboard);
  await expect(goalOrder(b.page)).toHaveText(afterKeyboard);

  await b.page.reload();
  await expect(goalOrder(b.page)).toHaveText(afterKeyboard);
  await a.context.close();
  await b.context.close();
});

test('deleting a goal says what happens to its actions, moves them to the chosen goal, and the other browser sees it', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Delete board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'goals');
  const b = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'goals');

  await a.page.getByRole('button', { name: `Edit goal: ${carer}` }).click();
  await goalCard(a.page, carer).getByRole('button', { name: 'Delete goal' }).click();
  const confirm = a.page.getByRole('dialog', { name: `Delete the goal “${carer}”?` });
  await expect(confirm.getByRole('group', { name: 'What happens to its 2 actions?' })).toBeVisible();
  await confirm.getByRole('radio', { name: 'Move its 2 actions to another goal' }).check();
  await confirm.getByLabel('Move to').selectOption({ label: care });
  await confirm.getByRole('button', { name: 'Delete goal' }).click();

  await expect(goalCard(b.page, carer)).toHaveCount(0);
  await expect(goalCard(b.page, care).getByText('1 of 6 actions done')).toBeVisible();
  await b.page.reload();
  await expect(goalOrder(b.page)).toHaveText(templateGoals.slice(0, 4));
  await a.context.close();
  await b.context.close();
});

test('a viewer sees the goals live with no edit controls', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Viewer goals', template: 'hospital-discharge' });
  const viewer = await openAs(browser, board, 'viewer', { name: 'Remote partner', organisation: council }, 'goals');
  await expect(goalOrder(viewer.page)).toHaveText(templateGoals);
  await expect(viewer.page.getByRole('button', { name: 'Add a goal' })).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: /^Edit goal/ })).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: /^Move goal/ })).toHaveCount(0);

  const editor = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'goals');
  await editor.page.getByRole('button', { name: `Edit goal: ${ready}` }).click();
  await goalCard(editor.page, ready).getByLabel('Status').selectOption({ label: 'Achieved' });
  await editor.page.getByRole('dialog', { name: `Mark “${ready}” achieved?` }).getByRole('button', { name: 'Mark achieved' }).click();
  await expect(goalCard(viewer.page, ready).getByText('Achieved')).toBeVisible();
  await viewer.context.close();
  await editor.context.close();
});

test('goals are one below the other, in the order of the page, so what is seen and what is read agree', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Goal rows', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'goals');
  await expect(goalOrder(page)).toHaveText(templateGoals);
  const boxes = await page.locator('ol.goal-list > li').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect));
  for (const [above, below] of boxes.slice(0, -1).map((box, i) => [box, boxes[i + 1]] as const)) {
    expect(below?.left).toBe(above.left);
    expect(below?.top).toBeGreaterThanOrEqual(above.bottom);
  }
  await context.close();
});

test('the goals view has no accessibility violations', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Accessible goals', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'goals');
  await expect(goalOrder(page)).toHaveCount(5);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: `Edit goal: ${home}` }).click();
  await page.getByRole('button', { name: 'Add a goal' }).click();
  await expectNoAxeViolations(page);
  await context.close();
});

test('marking a goal achieved while some of its actions are open asks first and says how many', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Achieved goals', template: 'hospital-discharge' });
  const editor = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'goals');
  const { page } = editor;
  await page.getByRole('button', { name: `Edit goal: ${ready}` }).click();
  const status = goalCard(page, ready).getByLabel('Status');
  const before = await status.inputValue();

  await status.selectOption({ label: 'Achieved' });
  const ask = page.getByRole('dialog', { name: `Mark “${ready}” achieved?` });
  await expect(ask).toContainText(/\d+ (action|actions) of its \d+ (is|are) not done yet|None of its/);
  await ask.getByRole('button', { name: 'Keep its status' }).click();
  await expect(ask).toHaveCount(0);
  await expect(status).toHaveValue(before);

  await status.selectOption({ label: 'Achieved' });
  await ask.getByRole('button', { name: 'Mark achieved' }).click();
  await expect(status).toHaveValue('achieved');
  await editor.context.close();
});
