import { expect, test, type Page } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';
const carerGoal = 'Margaret is supported as Arthur’s carer';
const assessment = "Carer's assessment for Margaret";
const newAction = 'Book a carers’ break for Margaret';

/** The goal's detail panel, or one of its actions' (opened from the goal's panel). */
async function openDetail(page: Page, goal: string, action?: string) {
  await page.getByRole('button', { name: goal, exact: true }).click();
  if (action) await page.getByRole('dialog', { name: goal }).getByRole('button', { name: action, exact: true }).click();
  return page.getByRole('dialog', { name: action ?? goal });
}

test('a review held in one browser, changes made in another, and the comparison lists exactly those changes; a viewer reads it all', async ({
  browser,
  request,
}) => {
  const board = await createBoard(request, { title: 'Review board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward }, 'reviews');
  const b = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'goals');

  // An overdue review stands out, in words.
  await a.page.getByLabel('Next review date').fill('2020-01-06');
  await expect(a.page.getByText(/The review is overdue: it was due on 6 Jan 2020/)).toBeVisible();
  await expect(a.page.getByText('Review overdue')).toBeVisible();

  // Held by keyboard alone: the button opens the dialog at its date (today), Enter holds it.
  await a.page.getByRole('button', { name: 'Hold a review' }).focus();
  await a.page.keyboard.press('Enter');
  const dialog = a.page.getByRole('dialog', { name: 'Hold a review' });
  await expect(dialog.getByLabel('Date held')).toBeFocused();
  // Enter in the date submits the form, as in any form.
  await a.page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  const review = a.page.getByRole('article', { name: /^Review held on/ });
  await expect(review).toContainText('Snapshot of the board taken by Priya Shah, Riverside Hospitals NHS Trust (Ward 7B)');
  // The template reviews every 2 days: the next review moves on from today.
  await expect(a.page.getByText(/The next review is on .*, in 2 days\./)).toBeVisible();
  await expect(a.page.getByText('Review overdue')).toHaveCount(0);

  // Attendance and a verdict, recorded on the review just held.
  await review.getByLabel('Joanne Evans (Northshire Council Adult Social Care)').selectOption({ label: 'Attended' });
  await review.getByLabel(carerGoal).selectOption({ label: 'No change' });
  await expectNoAxeViolations(a.page);
  await review.getByRole('button', { name: /^Done editing Review held on/ }).click();
  await expect(review).toContainText('Attended: Joanne Evans (Northshire Council Adult Social Care)');
  await expect(review).toContainText(`${carerGoal}: No change`);

  // Another browser changes the plan: a goal's status, an action added, an action completed.
  const goalPanel = await openDetail(b.page, carerGoal);
  await goalPanel.getByLabel('Status', { exact: true }).selectOption({ label: 'On track' });
  await goalPanel.getByLabel('New action for this goal').fill(newAction);
  await goalPanel.getByRole('button', { name: 'Add action' }).click();
  await expect(goalPanel.getByRole('button', { name: newAction, exact: true })).toBeVisible();
  const actionPanel = await openDetail(b.page, carerGoal, assessment);
  await actionPanel.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
  await expect(actionPanel.getByLabel('Status', { exact: true })).toHaveValue('done');

  await a.page.getByRole('button', { name: /^Compare with now: Review held on/ }).click();
  const report = a.page.locator('.compare-snapshots__report');
  await expect(report.getByRole('heading', { level: 3 })).toBeFocused();
  await expect(report.getByRole('heading', { level: 4 })).toHaveText(['Goals whose status changed (1)', 'Actions completed (1)', 'Actions added (1)']);
  await expect(report.getByRole('listitem')).toHaveText([
    `${carerGoal}: from Not started to On track`,
    new RegExp(`^${assessment} \\(goal: ${carerGoal}\\), owner `),
    `${newAction} (goal: ${carerGoal}), no owner yet`,
  ]);
  await expectNoAxeViolations(a.page);

  // A viewer sees the reviews and the report, can open the snapshot as the board was, and can change nothing.
  const viewer = await openAs(browser, board, 'viewer', { name: 'Remote partner', newOrganisation: 'Northshire Housing' }, 'reviews');
  const seen = viewer.page.getByRole('article', { name: /^Review held on/ });
  await expect(seen).toContainText('Attended: Joanne Evans');
  await expect(viewer.page.getByRole('button', { name: 'Hold a review' })).toHaveCount(0);
  await expect(seen.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  await expect(viewer.page.getByLabel('Next review date')).toHaveCount(0);
  // Notes written on the review in one browser appear live in the other.
  await review.getByRole('button', { name: /^Edit Review held on/ }).click();
  await review.getByLabel('Notes').fill('Transport is booked; the carers’ break needs an owner.');
  await review.getByLabel('Notes').press('Control+Enter');
  await expect(seen).toContainText('Transport is booked; the carers’ break needs an owner.');
  await seen.getByRole('button', { name: /^See the board as it was/ }).click();
  const then = viewer.page.getByRole('dialog', { name: /^The board as it was on / });
  const carerThen = then.getByRole('listitem').filter({ has: viewer.page.getByRole('heading', { name: carerGoal }) });
  await expect(carerThen).toContainText('Not started');
  await expect(carerThen).toContainText(`${assessment} — To do`);
  await expect(carerThen).not.toContainText(newAction);
  await expect(then.getByRole('textbox')).toHaveCount(0);
  await expectNoAxeViolations(viewer.page);
  await viewer.page.keyboard.press('Escape');
  await expect(then).toHaveCount(0);

  await a.context.close();
  await b.context.close();
  await viewer.context.close();
});
