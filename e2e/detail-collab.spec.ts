import { expect, test, type Page } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';
const homeGoal = "Arthur's home is safe for his mobility";
const homeVisit = 'Home environment visit and falls risk assessment';

/** Opens the detail panel of a goal from the goals view, then (optionally) one of its actions from the panel. */
async function openDetail(page: Page, goal: string, action?: string) {
  await page.getByRole('button', { name: goal, exact: true }).click();
  if (action) await page.getByRole('dialog', { name: goal }).getByRole('button', { name: action, exact: true }).click();
  return page.getByRole('dialog', { name: action ?? goal });
}

test('two people typing in the same notes at once both keep their words and see each other’s cursor', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Notes board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'editor', { name: 'Ahmed Hussain', organisation: 'Northshire Community Nursing & Therapy' }, 'goals');
  const b = await openAs(browser, board, 'editor', { name: 'Ruth Adeyemi', organisation: 'Northshire Carers Centre' }, 'goals');
  const panelA = await openDetail(a.page, homeGoal, homeVisit);
  const panelB = await openDetail(b.page, homeGoal, homeVisit);
  const notesA = panelA.getByRole('textbox', { name: 'Notes' });
  const notesB = panelB.getByRole('textbox', { name: 'Notes' });

  // One starts at the end of the notes, the other at the start, and they type at the same time.
  await notesA.click();
  await a.page.keyboard.press('Control+End');
  await notesB.click();
  await b.page.keyboard.press('Control+Home');
  await Promise.all([
    a.page.keyboard.type(' Margaret will be home on Tuesday.', { delay: 15 }),
    b.page.keyboard.type('Carers Centre has a spare key. ', { delay: 15 }),
  ]);

  // Both keep their words (each sees the other's caret, named, inside the text, so the parts are checked one by one).
  for (const notes of [notesA, notesB]) {
    await expect(notes).toContainText('Carers Centre has a spare key.');
    await expect(notes).toContainText('Blocked: no one with a key is available');
    await expect(notes).toContainText('Ruth is checking if the Carers Centre can help. Margaret will be home on Tuesday.');
  }
  await expect(panelA.locator('.cm-ySelectionInfo')).toHaveText('Ruth Adeyemi');
  await expect(panelB.locator('.cm-ySelectionInfo')).toHaveText('Ahmed Hussain');
  await expect(panelA.getByText('Ruth Adeyemi is editing')).toBeVisible();

  // Once the other has left, the notes read as one text, and stay so after a reload.
  await a.context.close();
  await expect(panelB.locator('.cm-ySelectionInfo')).toHaveCount(0);
  const merged = 'Carers Centre has a spare key. Blocked: no one with a key is available until Margaret is back from her sister’s. Ruth is checking if the Carers Centre can help. Margaret will be home on Tuesday.';
  await expect(notesB).toHaveText(merged);
  await b.page.reload();
  const again = await openDetail(b.page, homeGoal, homeVisit);
  await expect(again.getByRole('textbox', { name: 'Notes' })).toHaveText(merged);
  await b.context.close();
});

test('comments appear live for everyone with author, organisation and time, and only the author can delete theirs', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Comments board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'goals');
  const b = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'goals');
  const panelA = await openDetail(a.page, homeGoal);
  const panelB = await openDetail(b.page, homeGoal);

  await panelA.getByLabel('Add a comment').fill('Rails are booked for Thursday morning.');
  await panelA.getByRole('button', { name: 'Post comment' }).click();
  await expect(panelA.getByLabel('Add a comment')).toHaveValue('');

  const comment = panelB.getByRole('listitem').filter({ hasText: 'Rails are booked for Thursday morning.' });
  await expect(comment).toContainText('Joanne Evans');
  await expect(comment).toContainText(council);
  await expect(comment.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(comment.getByRole('button', { name: /^Delete/ })).toHaveCount(0);

  await panelA.getByRole('button', { name: 'Delete your comment: Rails are booked for Thursday morning.' }).click();
  await expect(panelB.getByText('Rails are booked for Thursday morning.')).toHaveCount(0);
  await a.context.close();
  await b.context.close();
});

test('the panel shows an action’s goal and moves it to another, lists a goal’s actions, and shows who else is on it', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Panel board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'goals');
  const b = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'goals');

  await openDetail(a.page, homeGoal);
  await expect(b.page.getByRole('article', { name: homeGoal, exact: true })).toContainText('Joanne Evans is looking');
  const panel = await openDetail(a.page, homeGoal, 'Set up key safe and pendant alarm');
  await expect(panel.getByText(`Serves the goal ${homeGoal}`)).toBeVisible();
  await expect(b.page.getByRole('article', { name: homeGoal, exact: true })).not.toContainText('Joanne Evans is looking');

  await panel.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
  await panel.getByLabel('Goal it serves').selectOption({ label: 'Margaret is supported as Arthur’s carer' });
  await expect(panel.getByText('Serves the goal Margaret is supported as Arthur’s carer')).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Status history' }).getByRole('listitem').first()).toContainText('by Joanne Evans');

  const goalPanel = await openDetail(b.page, 'Margaret is supported as Arthur’s carer');
  await goalPanel.getByRole('button', { name: 'Set up key safe and pendant alarm' }).click();
  await expect(b.page.getByRole('dialog', { name: 'Set up key safe and pendant alarm' }).getByLabel('Status', { exact: true })).toHaveValue('done');
  await a.context.close();
  await b.context.close();
});

test('Escape closes the panel and gives the focus back to what opened it', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Focus board', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'goals');
  const opener = page.getByRole('button', { name: homeGoal, exact: true });
  await opener.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: homeGoal });
  await expect(panel.getByRole('heading', { name: homeGoal })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(opener).toBeFocused();
  await context.close();
});

test('a viewer sees every field of a goal and an action, and comments, but no edit controls', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Viewer panel', template: 'hospital-discharge' });
  const viewer = await openAs(browser, board, 'viewer', { name: 'Remote partner', organisation: council }, 'goals');
  const goalPanel = await openDetail(viewer.page, homeGoal);
  await expect(goalPanel.getByText('Ahmed Hussain').first()).toBeVisible();
  await expect(goalPanel.getByText('He lives in a two-storey terrace')).toBeVisible();
  await expect(goalPanel.getByRole('region', { name: 'Status history' })).toBeVisible();
  for (const role of ['combobox', 'checkbox'] as const) await expect(goalPanel.getByRole(role)).toHaveCount(0);
  // The one text box is the live description, read only.
  await expect(goalPanel.getByRole('textbox')).toHaveCount(1);
  await expect(goalPanel.getByRole('textbox', { name: 'Description' })).toHaveAttribute('aria-readonly', 'true');
  await expect(goalPanel.getByRole('button', { name: /Delete|Post|Add/ })).toHaveCount(0);

  await goalPanel.getByRole('button', { name: homeVisit }).click();
  const actionPanel = viewer.page.getByRole('dialog', { name: homeVisit });
  await expect(actionPanel.getByText('Blocked: no one with a key')).toBeVisible();
  await expect(actionPanel.getByText('Consulted')).toBeVisible();
  for (const role of ['combobox', 'checkbox'] as const) await expect(actionPanel.getByRole(role)).toHaveCount(0);
  await expect(actionPanel.getByRole('textbox')).toHaveCount(1);
  await expect(actionPanel.getByRole('textbox', { name: 'Notes' })).toHaveAttribute('contenteditable', 'false');
  await viewer.context.close();
});

test('the open detail panel has no accessibility violations', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Accessible panel', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward }, 'goals');
  await openDetail(page, homeGoal);
  await expectNoAxeViolations(page);
  const actionPanel = await openDetail(page, homeGoal, homeVisit);
  await expect(actionPanel.getByRole('textbox', { name: 'Notes' })).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();
});
