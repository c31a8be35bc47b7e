import { expect, test, type Page } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs } from './support/join';
import { tabTo } from './support/keyboard';
import { records, seedRecords } from './support/seedRecords';

const taken = 'Equipment is ordered by the community OT';

/** A decision's card on the decision log, found by its exact title. */
function decisionCard(page: Page, title: string) {
  return page.getByRole('article', { name: title, exact: true });
}

/** The decision titles in the order the log shows them. */
function logOrder(page: Page) {
  return page.locator('ol.record-list > li h3');
}

test('a decision recorded and edited by keyboard alone appears live in another browser, newest first, and can be found, opened and deleted', async ({ browser, request, baseURL }) => {
  const board = await createBoard(request, { title: 'Decision log' });
  await seedRecords(baseURL ?? '', board);
  const a = await openAs(browser, board, 'editor', { name: records.priya, organisation: records.ward }, 'decisions');
  const b = await openAs(browser, board, 'editor', { name: records.joanne, organisation: records.council }, 'decisions');
  await expect(logOrder(b.page)).toHaveText([records.decision, records.olderDecision]);

  // Keyboard alone: record it, then fill in its details in the card that opens.
  const { page } = a;
  await tabTo(page, page.getByRole('button', { name: 'Record a decision' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('What was decided')).toBeFocused();
  await page.keyboard.type(taken);
  await page.keyboard.press('Enter');
  const mine = decisionCard(page, taken);
  await expect(mine.getByLabel('What was decided')).toBeFocused();
  await tabTo(page, mine.getByLabel('Context'));
  await page.keyboard.type('Nobody was sure who orders the equipment.');
  await tabTo(page, mine.getByRole('group', { name: 'Partners who agreed' }).getByRole('checkbox', { name: records.council }));
  await page.keyboard.press('Space');
  await tabTo(page, mine.getByRole('group', { name: 'Goals it affects' }).getByRole('checkbox', { name: records.homeGoal }));
  await page.keyboard.press('Space');

  // The other browser sees it at the top of the log, and edits it while the first still has it open.
  const seen = decisionCard(b.page, taken);
  await expect(logOrder(b.page).first()).toHaveText(taken);
  await expect(seen.getByText('Nobody was sure who orders the equipment.')).toBeVisible();
  await expect(seen.getByRole('listitem').filter({ hasText: records.council })).toBeVisible();
  await b.page.getByRole('button', { name: `Edit decision: ${taken}` }).click();
  await seen.getByLabel('Rationale').fill('The OT sees the home first.');
  await seen.getByLabel('Rationale').press('Tab');
  await expect(mine.getByLabel('Rationale')).toHaveValue('The OT sees the home first.');
  await b.page.getByRole('button', { name: `Done editing decision: ${taken}` }).click();

  await tabTo(page, page.getByRole('button', { name: `Done editing decision: ${taken}` }));
  await page.keyboard.press('Enter');
  await expect(mine.getByText('The OT sees the home first.')).toBeVisible();

  // A goal it affects opens in the detail panel.
  await seen.getByRole('button', { name: records.homeGoal }).click();
  await expect(b.page.getByRole('dialog', { name: records.homeGoal })).toBeVisible();
  await b.page.keyboard.press('Escape');

  // Search narrows the log by the words of its title, context, rationale or alternatives.
  await b.page.getByRole('searchbox', { name: 'Search decisions' }).fill('email');
  await expect(logOrder(b.page)).toHaveText([records.olderDecision]);
  await expect(b.page.getByText('Showing 1 of 3 decisions that match “email”.')).toBeVisible();
  await b.page.getByRole('searchbox', { name: 'Search decisions' }).fill('');

  // Deleting asks first; the other browser sees it go, and after a reload too.
  await page.getByRole('button', { name: `Edit decision: ${taken}` }).click();
  await mine.getByRole('button', { name: 'Delete decision' }).click();
  await page.getByRole('dialog', { name: `Delete the decision “${taken}”?` }).getByRole('button', { name: 'Delete decision' }).click();
  await expect(decisionCard(b.page, taken)).toHaveCount(0);
  await b.page.reload();
  await expect(logOrder(b.page)).toHaveText([records.decision, records.olderDecision]);
  await a.context.close();
  await b.context.close();
});

test('a viewer reads the decision log live with no edit controls, and the log has no accessibility violations', async ({ browser, request, baseURL }) => {
  const board = await createBoard(request, { title: 'Decision log to read' });
  await seedRecords(baseURL ?? '', board);
  const viewer = await openAs(browser, board, 'viewer', { name: 'Remote partner', organisation: records.council }, 'decisions');
  await expect(logOrder(viewer.page)).toHaveText([records.decision, records.olderDecision]);
  await expect(viewer.page.getByRole('button', { name: 'Record a decision' })).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: /^Edit decision/ })).toHaveCount(0);
  await expect(viewer.page.getByRole('textbox')).toHaveCount(0);
  await expectNoAxeViolations(viewer.page);

  const editor = await openAs(browser, board, 'editor', { name: records.joanne, organisation: records.council }, 'decisions');
  await editor.page.getByRole('button', { name: `Edit decision: ${records.decision}` }).click();
  await decisionCard(editor.page, records.decision).getByLabel('Decided by').fill('Multi-disciplinary discharge meeting');
  await decisionCard(editor.page, records.decision).getByLabel('Decided by').press('Enter');
  await expect(decisionCard(viewer.page, records.decision).getByText('by Multi-disciplinary discharge meeting')).toBeVisible();
  await editor.page.getByRole('button', { name: 'Record a decision' }).click();
  await expectNoAxeViolations(editor.page);
  await viewer.context.close();
  await editor.context.close();
});
