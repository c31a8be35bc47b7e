import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const gp = 'Elm Street Medical Practice';

test('partners sign the agreement in two browsers, and a change after sign-off shows who has not agreed to the new version', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Arthur home', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward }, 'agreement');
  const b = await openAs(browser, board, 'editor', { name: 'Dr Helen Brooks', organisation: gp }, 'agreement');
  const summaryA = a.page.getByRole('heading', { name: 'Partnership agreement' }).locator('xpath=..');
  await expect(summaryA).toContainText('Version 1. 3 of 5 partners have agreed to this version.');

  // The GP signs by keyboard alone.
  await b.page.getByRole('button', { name: `Sign off for ${gp}` }).focus();
  await b.page.keyboard.press('Enter');
  await expect(b.page.getByRole('textbox', { name: `Who signs for ${gp}` })).toBeFocused();
  await expect(b.page.getByRole('textbox', { name: `Who signs for ${gp}` })).toHaveValue('Dr Helen Brooks');
  await b.page.keyboard.press('Enter');
  await expect(b.page.getByRole('button', { name: `Withdraw the sign-off of ${gp}` })).toBeFocused();
  await expect(summaryA).toContainText('4 of 5 partners have agreed');
  await expect(a.page.getByRole('listitem', { name: gp })).toContainText('✓ Agreed to version 1 Signed by Dr Helen Brooks');

  // A change to the signed terms makes version 2, which no one has agreed to yet.
  const ways = a.page.getByRole('textbox', { name: 'Ways of working' });
  await ways.focus();
  await a.page.keyboard.press('Control+End');
  await a.page.keyboard.type(' Weekend cover is agreed by Friday noon.');
  await a.page.keyboard.press('Tab');
  await expect(b.page.getByRole('textbox', { name: 'Ways of working' })).toHaveValue(/Weekend cover is agreed by Friday noon\.$/);
  await expect(b.page.getByText('Version 2. 0 of 5 partners have agreed to this version.')).toBeVisible();
  const changed = b.page.getByRole('status').filter({ hasText: 'The agreement changed after it was signed.' });
  await expect(changed).toContainText(`Not yet agreed to this version: ${ward}`);
  await expect(changed).toContainText(gp);
  await expect(b.page.getByRole('listitem', { name: gp })).toContainText('Not yet agreed to version 2 Signed version 1: Dr Helen Brooks');

  await a.page.getByRole('button', { name: `Sign version 2 for ${ward}` }).click();
  await a.page.getByRole('button', { name: 'Sign the agreement' }).click();
  await expect(b.page.getByText('Version 2. 1 of 5 partners have agreed to this version.')).toBeVisible();
  await expect(b.page.getByRole('listitem', { name: ward })).toContainText('✓ Agreed to version 2 Signed by Priya Shah');

  // What a partner brings, edited by the other side.
  const gpBrings = b.page.getByRole('textbox', { name: `What ${gp} brings` });
  await gpBrings.fill('Reconcile medicines, and see Arthur at home within seven days.');
  await gpBrings.press('Tab');
  await expect(a.page.getByRole('textbox', { name: `What ${gp} brings` })).toHaveValue('Reconcile medicines, and see Arthur at home within seven days.');

  await expectNoAxeViolations(a.page);
  await expectNoAxeViolations(b.page);
  await a.context.close();
  await b.context.close();
});

test('a viewer reads the agreement and who has signed it, with nothing to change', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Arthur home, read only', template: 'hospital-discharge' });
  const viewer = await openAs(browser, board, 'viewer', { name: 'Mark Reid', organisation: gp }, 'agreement');
  const { page } = viewer;
  await expect(page.getByRole('heading', { name: 'Ways of working' })).toBeVisible();
  await expect(page.getByText('Each action has one accountable owner.')).toBeVisible();
  await expect(page.getByRole('listitem', { name: gp })).toContainText('Not signed yet');
  await expect(page.getByRole('listitem', { name: ward })).toContainText('✓ Agreed to version 1 Signed by Priya Shah');
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await viewer.context.close();
});
