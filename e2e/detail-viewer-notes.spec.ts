import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs } from './support/join';

const homeGoal = "Arthur's home is safe for his mobility";
const homeVisit = 'Home environment visit and falls risk assessment';

test('a viewer sees notes change live as an editor types, with the editor’s named cursor, and cannot type', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Live notes for viewers', template: 'hospital-discharge' });
  const viewer = await openAs(browser, board, 'viewer', { name: 'Remote partner', organisation: 'Elm Street Medical Practice' }, 'goals');
  const editor = await openAs(browser, board, 'editor', { name: 'Ahmed Hussain', organisation: 'Northshire Community Nursing & Therapy' }, 'goals');
  for (const page of [viewer.page, editor.page]) {
    await page.getByRole('button', { name: homeGoal, exact: true }).click();
    await page.getByRole('dialog', { name: homeGoal }).getByRole('button', { name: homeVisit, exact: true }).click();
  }
  const seen = viewer.page.getByRole('dialog', { name: homeVisit }).getByRole('textbox', { name: 'Notes' });
  await expect(seen).toContainText('Blocked: no one with a key is available');

  const typed = editor.page.getByRole('dialog', { name: homeVisit }).getByRole('textbox', { name: 'Notes' });
  await typed.click();
  await editor.page.keyboard.press('Control+End');
  await editor.page.keyboard.type(' Key safe fitted on Thursday.');
  await expect(seen).toContainText('Key safe fitted on Thursday.');
  await expect(viewer.page.getByRole('dialog', { name: homeVisit }).locator('.cm-ySelectionInfo')).toHaveText('Ahmed Hussain');

  // Typing in the viewer's copy changes nothing.
  await seen.click();
  await viewer.page.keyboard.type('Viewer words');
  await expect(seen).not.toContainText('Viewer words');
  await expect(typed).not.toContainText('Viewer words');
  await expectNoAxeViolations(viewer.page);
  await viewer.context.close();
  await editor.context.close();
});
