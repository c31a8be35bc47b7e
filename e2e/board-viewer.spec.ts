import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { card } from './support/board';
import { openAs } from './support/join';

declare global {
  interface Window {
    /** The app exposes the open board's document (the user's own copy) for tests. */
    __partnerboard?: { doc: { getMap(name: string): { set(key: string, value: unknown): void } } };
  }
}

test('a viewer sees the plan live with no edit controls and a view-only badge', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Viewer board', template: 'hospital-discharge' });
  const viewer = await openAs(browser, board, 'viewer', { name: 'Remote partner', newOrganisation: 'Northshire Housing' });
  await expect(viewer.page.getByRole('status', { name: 'Connection' })).toContainText('View only');
  await expect(card(viewer.page, 'Book hospital transport home')).toBeVisible();
  await expect(viewer.page.getByRole('button', { name: /^Add action/ })).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: /^More for/ })).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: /Undo/ })).toHaveCount(0);
  await expect(viewer.page.getByRole('button', { name: 'Share' })).toHaveCount(0);
  await expectNoAxeViolations(viewer.page);

  // A viewer is not added to the plan as a partner.
  const editor = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: 'Northshire Council Adult Social Care' });
  await expect(editor.page.getByLabel('Organisation', { exact: true }).locator('option')).not.toContainText(['Northshire Housing']);
  await viewer.context.close();
  await editor.context.close();
});

test('a write forced from a viewer page is refused by the server and the viewer is told', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Read only plan', template: 'hospital-discharge' });
  const viewer = await openAs(browser, board, 'viewer', { name: 'Curious viewer', organisation: 'Elm Street Medical Practice' });
  await expect(viewer.page.getByRole('status', { name: 'Connection' })).toContainText('Connected');

  await viewer.page.evaluate(() => {
    const doc = window.__partnerboard?.doc;
    if (!doc) throw new Error('The board document is not exposed.');
    doc.getMap('meta').set('title', 'Changed by a viewer');
  });
  await expect(viewer.page.getByRole('status').filter({ hasText: /not saved|view only/i }).first()).toBeVisible();

  const editor = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: 'Northshire Council Adult Social Care' });
  await expect(editor.page.getByRole('heading', { level: 1 })).toHaveText('Read only plan');
  await viewer.context.close();
  await editor.context.close();
});
