import { expect, test, type Page } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs } from './support/join';
import { tabTo } from './support/keyboard';
import { records, seedRecords } from './support/seedRecords';

const added = 'No key holder for the home visit';

/** A risk's card on the risks view, found by its title (its heading reads "Risk 2: <title>"). */
function riskCard(page: Page, title: string) {
  return page.getByRole('article', { name: new RegExp(`^Risk \\d+: ${title}$`) });
}

test('overdue mitigations stand out in words, and clear live when the action is done in another browser', async ({ browser, request, baseURL }) => {
  const board = await createBoard(request, { title: 'Risks overdue' });
  await seedRecords(baseURL ?? '', board);
  const a = await openAs(browser, board, 'editor', { name: records.priya, organisation: records.ward }, 'risks');
  const b = await openAs(browser, board, 'editor', { name: records.joanne, organisation: records.council }, 'risks');

  const late = riskCard(a.page, records.lateRisk);
  await expect(late.getByText('Score 20, high')).toBeVisible();
  await expect(late.getByText('Mitigation overdue')).toBeVisible();
  await expect(late.getByText(new RegExp(`“${records.lateAction}” was due .+ and is not done\\.`))).toBeVisible();
  const triggered = riskCard(a.page, records.triggeredRisk);
  await expect(triggered.getByText('Mitigation overdue')).toBeVisible();
  await expect(triggered.getByText(/The trigger date, .+, has passed and the risk is still open\./)).toBeVisible();
  await expect(riskCard(a.page, records.calmRisk).getByText('Mitigation overdue')).toHaveCount(0);
  await expect(a.page.getByText('3 of 3 risks open; 2 with an overdue mitigation.')).toBeVisible();

  // The other browser opens the mitigation action from the risk and marks it done.
  await riskCard(b.page, records.lateRisk).getByRole('button', { name: records.lateAction }).click();
  await b.page.getByRole('dialog', { name: records.lateAction }).getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
  await expect(late.getByText('Mitigation overdue')).toHaveCount(0);
  await expect(a.page.getByText('3 of 3 risks open; 1 with an overdue mitigation.')).toBeVisible();
  await a.context.close();
  await b.context.close();
});

test('a risk added and edited by keyboard alone appears live in another browser and on its matrix, and can be deleted', async ({ browser, request, baseURL }) => {
  const board = await createBoard(request, { title: 'Risks co-edited' });
  await seedRecords(baseURL ?? '', board);
  const a = await openAs(browser, board, 'editor', { name: records.priya, organisation: records.ward }, 'risks');
  const b = await openAs(browser, board, 'editor', { name: records.joanne, organisation: records.council }, 'risks');
  const { page } = a;

  await tabTo(page, page.getByRole('button', { name: 'Add a risk' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('New risk or barrier')).toBeFocused();
  await page.keyboard.type(added);
  await page.keyboard.press('Enter');
  const mine = riskCard(page, added);
  await expect(mine.getByLabel('Risk or barrier')).toBeFocused();
  await tabTo(page, mine.getByLabel('Cause, event and effect'));
  await page.keyboard.type('Margaret is away, so nobody can let the OT in.');
  // A closed select takes a choice by its first letter, as a keyboard user picks one.
  await tabTo(page, mine.getByLabel('Category'));
  await page.keyboard.press('u');
  await expect(mine.getByLabel('Category')).toHaveValue('unclear_roles');
  await tabTo(page, mine.getByLabel('Likelihood'));
  await page.keyboard.press('5');
  await tabTo(page, mine.getByLabel('Impact'));
  await page.keyboard.press('4');
  await tabTo(page, mine.getByRole('group', { name: 'Mitigation actions' }).getByRole('checkbox', { name: records.railsAction }));
  await page.keyboard.press('Space');

  const seen = riskCard(b.page, added);
  await expect(seen.getByText('Score 20, high')).toBeVisible();
  await expect(seen.getByText('Unclear roles')).toBeVisible();
  await expect(seen.getByText('Margaret is away, so nobody can let the OT in.')).toBeVisible();
  await expect(seen.getByRole('button', { name: records.railsAction })).toBeVisible();
  // On the matrix it sits in the cell of likelihood 5 and impact 4; its button takes the focus to its card.
  const onMatrix = b.page.getByRole('table', { name: /Risk matrix/ }).getByRole('button', { name: new RegExp(`^Risk \\d+: ${added}$`) });
  await onMatrix.click();
  await expect(b.page.getByRole('heading', { name: new RegExp(`^Risk \\d+: ${added}$`) })).toBeFocused();

  // Both edit the same risk at once: the other browser's mitigation shows in the open editor.
  await b.page.getByRole('button', { name: `Edit risk: ${added}` }).click();
  await seen.getByLabel('Mitigation').fill('The Carers Centre holds a spare key.');
  await seen.getByLabel('Mitigation').press('Tab');
  await expect(mine.getByLabel('Mitigation')).toHaveValue('The Carers Centre holds a spare key.');

  await tabTo(page, mine.getByRole('button', { name: 'Delete risk' }));
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: `Delete the risk “${added}”?` });
  await tabTo(page, confirm.getByRole('button', { name: 'Delete risk' }));
  await page.keyboard.press('Enter');
  await expect(riskCard(b.page, added)).toHaveCount(0);
  await b.page.reload();
  await expect(riskCard(b.page, records.lateRisk)).toBeVisible();
  await expect(riskCard(b.page, added)).toHaveCount(0);
  await a.context.close();
  await b.context.close();
});

test('a viewer reads the risks and matrix live with no edit controls, and the view has no accessibility violations', async ({ browser, request, baseURL }) => {
  const board = await createBoard(request, { title: 'Risks to read' });
  await seedRecords(baseURL ?? '', board);
  const viewer = await openAs(browser, board, 'viewer', { name: 'Remote partner', organisation: records.council }, 'risks');
  await expect(riskCard(viewer.page, records.lateRisk)).toBeVisible();
  await expect(viewer.page.getByRole('button', { name: 'Add a risk' })).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: /^Edit risk/ })).toHaveCount(0);
  await expect(viewer.page.getByRole('table', { name: /Risk matrix/ }).getByRole('button')).toHaveCount(3);
  await expectNoAxeViolations(viewer.page);

  const editor = await openAs(browser, board, 'editor', { name: records.joanne, organisation: records.council }, 'risks');
  await editor.page.getByRole('button', { name: `Edit risk: ${records.calmRisk}` }).click();
  await riskCard(editor.page, records.calmRisk).getByLabel('Status').selectOption({ label: 'Closed' });
  await expect(riskCard(viewer.page, records.calmRisk).getByText('Closed', { exact: true })).toBeVisible();
  await expect(viewer.page.getByRole('table', { name: /Risk matrix/ }).getByRole('button')).toHaveCount(2);
  await editor.page.getByRole('button', { name: 'Add a risk' }).click();
  await expectNoAxeViolations(editor.page);
  await viewer.context.close();
  await editor.context.close();
});
