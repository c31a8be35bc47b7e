import { expect, test, type Page } from '@playwright/test';
import { boardLink, createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { addAction, card } from './support/board';
import { openAs } from './support/join';

/** The summary under the header of what changed since I last looked. */
const summary = (page: Page) => page.getByRole('region', { name: /^Since you last looked/ });
/** The polite live region that tells others' changes. */
const liveChanges = (page: Page) => page.locator('[role="status"][aria-live="polite"][data-testid="live-changes"]');

test('a returning viewer sees exactly what others changed since they last looked, marks it seen, and hears live changes politely', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Since you last looked', template: 'hospital-discharge' });
  const viewer = await openAs(browser, board, 'viewer', { name: 'Remote partner', newOrganisation: 'Northshire Housing' });
  await expect(viewer.page.getByRole('status', { name: 'Connection' })).toContainText('View only');
  await expect(card(viewer.page, 'Book hospital transport home')).toBeVisible();
  await expect(summary(viewer.page)).toHaveCount(0);
  // The viewer leaves the board.
  await viewer.page.goto('/');

  const editor = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: 'Northshire Council Adult Social Care' });
  await addAction(editor.page, 'To do', 'Lend Arthur a perching stool');
  await editor.page.getByRole('button', { name: 'More for Book hospital transport home' }).click();
  await editor.page.getByRole('menuitem', { name: 'Move to Done' }).click();
  await expect(card(editor.page, 'Book hospital transport home')).toContainText('Owner');

  // Back on the board: those two changes, summarised and marked on their cards, and nothing else.
  await viewer.page.goto(boardLink(board, 'viewer'));
  const news = summary(viewer.page);
  await expect(news.getByRole('heading', { level: 2 })).toHaveText('Since you last looked (earlier today): 2 changes');
  await expect(news.getByRole('region', { name: 'Actions added (1)' })).toContainText('Lend Arthur a perching stool');
  await expect(news.getByRole('region', { name: 'Actions completed (1)' })).toContainText('Book hospital transport home');
  await expect(news.getByRole('listitem')).toHaveCount(2);
  await expect(card(viewer.page, 'Lend Arthur a perching stool')).toContainText('New since you last looked');
  await expect(card(viewer.page, 'Book hospital transport home')).toContainText('Changed since you last looked');
  await expect(viewer.page.getByText(/since you last looked$/)).toHaveCount(2);
  await expectNoAxeViolations(viewer.page);

  await news.getByRole('button', { name: 'Mark as seen' }).click();
  await expect(news).toHaveCount(0);
  await expect(viewer.page.locator('#main')).toBeFocused();
  await expect(viewer.page.getByText(/since you last looked$/)).toHaveCount(0);
  await viewer.page.reload();
  await expect(card(viewer.page, 'Book hospital transport home')).toBeVisible();
  await expect(viewer.page.getByRole('status', { name: 'Connection' })).toContainText('View only');
  await expect(summary(viewer.page)).toHaveCount(0);

  // While the viewer looks, the editor's change is told to them once, politely; never to the editor.
  await editor.page.getByRole('button', { name: 'More for Set up key safe and pendant alarm' }).click();
  await editor.page.getByRole('menuitem', { name: 'Move to In progress' }).click();
  await expect(liveChanges(viewer.page)).toHaveText('Joanne Evans moved “Set up key safe and pendant alarm” to In progress');
  await expect(liveChanges(viewer.page).locator('p')).toHaveCount(1);
  await expect(liveChanges(editor.page)).toHaveText('');
  await viewer.context.close();
  await editor.context.close();
});
