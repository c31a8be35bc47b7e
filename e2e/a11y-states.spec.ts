import { expect, test, type Page } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { card, column, moveCardByKeyboard } from './support/board';
import { focusedElement } from './support/focus';
import { joinBoard, openAs } from './support/join';

// axe (WCAG 2.1 A and AA and best practice) in every state a person meets: each view with its
// panels, menus and dialogs open, on a wide screen and on a phone.

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const summary = 'Send the discharge summary to the GP';
const homeGoal = "Arthur's home is safe for his mobility";
const phone = { width: 390, height: 844 };

/** Opens my "who are you" dialog from my avatar, checks it, and closes it again (Escape). */
async function checkIdentityDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^You are Priya Shah/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

/** Opens the share dialog, checks it, and closes it again (Escape). */
async function checkShareDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const share = page.getByRole('dialog', { name: 'Share this board' });
  await expect(share).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(share).toHaveCount(0);
}

test('after a card is dropped by keyboard into another column, the focus stays on the moved card', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Keyboard drop', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward });

  await moveCardByKeyboard(page, summary, ['ArrowRight']);
  const moved = column(page, 'In progress').getByRole('button', { name: summary, exact: true });
  await expect(moved).toBeVisible();
  await expect(moved).toBeFocused();
  // The focus stays there once the board has settled, not just for a frame.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  expect(await focusedElement(page)).toEqual({ tag: 'DIV', name: summary });

  // And the next move starts from where the card is now.
  await moveCardByKeyboard(page, summary, ['ArrowRight']);
  await expect(column(page, 'Blocked').getByRole('button', { name: summary, exact: true })).toBeFocused();
  await expect(card(page, summary)).toHaveCount(1);
  await context.close();
});

for (const [size, viewport] of [
  ['a wide screen', { width: 1280, height: 800 }],
  ['a phone', phone],
] as const) {
  test.describe(`on ${size}`, () => {
    test.use({ viewport });

    /** On a phone the filters are folded away: opened, they are checked too. */
    async function checkFilters(page: Page): Promise<void> {
      if (viewport !== phone) return;
      const toggle = page.getByRole('button', { name: /^Filters/ });
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expectNoAxeViolations(page);
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    }

    test('the board passes axe with lanes, a card menu, the detail panel and every dialog open', async ({ page, request }) => {
      // A dozen axe runs over a whole board: on a busy 2-core machine they take most of a minute.
      test.slow();
      const board = await createBoard(request, { title: 'Axe board', template: 'hospital-discharge' });
      await page.goto(`/b/${board.id}/board#token=${board.tokens.facilitator}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Join');
      await expectNoAxeViolations(page);
      await joinBoard(page, { name: 'Priya Shah', organisation: ward });
      await expect(column(page, 'To do')).toBeVisible();
      await expectNoAxeViolations(page);
      await checkFilters(page);

      await page.getByRole('button', { name: `More for ${summary}` }).click();
      await expect(page.getByRole('menu', { name: `Actions for ${summary}` })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('menuitem', { name: 'Delete…' }).click();
      const confirm = page.getByRole('dialog', { name: 'Delete this action?' });
      await expect(confirm).toBeVisible();
      await expectNoAxeViolations(page);
      await confirm.getByRole('button', { name: 'Keep it' }).click();

      await card(page, summary).getByRole('button', { name: summary, exact: true }).click();
      const panel = page.getByRole('dialog', { name: summary });
      await expect(panel).toBeVisible();
      await expectNoAxeViolations(page);
      await panel.getByRole('button', { name: 'Delete action' }).click();
      const panelConfirm = page.getByRole('dialog', { name: `Delete the action “${summary}”?` });
      await expect(panelConfirm).toBeVisible();
      await expectNoAxeViolations(page);
      await panelConfirm.getByRole('button', { name: 'Close' }).click();
      await panel.getByRole('button', { name: 'Close details' }).click();

      if (viewport === phone) await page.getByRole('button', { name: /^Filters/ }).click();
      await page.getByLabel('Lanes by goal').check();
      await expect(page.getByRole('region', { name: homeGoal })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('region', { name: homeGoal }).getByRole('button', { name: 'Home environment visit and falls risk assessment', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Home environment visit and falls risk assessment' })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Close details' }).click();

      await checkShareDialog(page);
      await checkIdentityDialog(page);
    });

    test('the goals view passes axe with the detail panel, a goal being edited and its delete confirmation open', async ({ page, request }) => {
      const board = await createBoard(request, { title: 'Axe goals', template: 'hospital-discharge' });
      await page.goto(`/b/${board.id}/goals#token=${board.tokens.facilitator}`);
      await joinBoard(page, { name: 'Priya Shah', organisation: ward });
      await expect(page.getByRole('heading', { name: 'Shared goals' })).toBeVisible();
      await expectNoAxeViolations(page);
      await checkFilters(page);

      await page.getByRole('button', { name: homeGoal, exact: true }).click();
      const panel = page.getByRole('dialog', { name: homeGoal });
      await expect(panel).toBeVisible();
      await expectNoAxeViolations(page);
      await panel.getByRole('button', { name: 'Close details' }).click();

      await page.getByRole('button', { name: `Edit goal: ${homeGoal}` }).click();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Delete goal' }).click();
      const confirm = page.getByRole('dialog').filter({ hasText: homeGoal });
      await expect(confirm).toBeVisible();
      await expectNoAxeViolations(page);
      await confirm.getByRole('button', { name: 'Close' }).click();

      await checkShareDialog(page);
      await checkIdentityDialog(page);
    });

    test('the people view passes axe with the detail panel and the remove confirmations open', async ({ page, request }) => {
      const board = await createBoard(request, { title: 'Axe people', template: 'hospital-discharge' });
      await page.goto(`/b/${board.id}/people#token=${board.tokens.facilitator}`);
      await joinBoard(page, { name: 'Priya Shah', organisation: ward });
      await expect(page.getByRole('heading', { name: 'Responsibility matrix' })).toBeVisible();
      await expectNoAxeViolations(page);
      await checkFilters(page);

      const matrix = page.getByRole('region', { name: 'Responsibility matrix' });
      await matrix.getByRole('button', { name: homeGoal, exact: true }).click();
      const panel = page.getByRole('dialog', { name: homeGoal });
      await expect(panel).toBeVisible();
      await expectNoAxeViolations(page);
      await panel.getByRole('button', { name: 'Close details' }).click();

      await page.getByRole('button', { name: 'Remove Grace Miller' }).click();
      const removePerson = page.getByRole('dialog', { name: 'Remove Grace Miller from the board?' });
      await expect(removePerson).toBeVisible();
      await expectNoAxeViolations(page);
      await removePerson.getByRole('button', { name: 'Close' }).click();

      await page.getByRole('button', { name: 'Edit Northshire Carers Centre' }).click();
      await page.getByRole('button', { name: 'Remove organisation' }).click();
      const removePartner = page.getByRole('dialog', { name: 'Remove Northshire Carers Centre from the partnership?' });
      await expect(removePartner).toBeVisible();
      await expectNoAxeViolations(page);
      await removePartner.getByRole('button', { name: 'Close' }).click();

      await checkShareDialog(page);
      await checkIdentityDialog(page);
    });
  });
}
