import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { card } from './support/board';
import { joinBoard, openAs } from './support/join';

test('the start page offers each template with what it is for, and a SEND support plan chosen by keyboard starts with its partners, goals and the child’s voice', async ({ page }) => {
  await page.goto('/');
  const templates = page.getByRole('group', { name: 'Start from' });
  await expect(templates.getByRole('radio')).toHaveCount(5);
  await expect(templates.getByRole('radio', { name: 'Blank board' })).toBeChecked();
  await expect(templates.getByRole('radio', { name: 'SEND support plan' })).toHaveAccessibleDescription(/school, SENCO, parents, educational psychologist and local authority/);
  await expectNoAxeViolations(page);

  await page.getByLabel('Board title').fill('Support plan for Maya');
  await templates.getByRole('radio', { name: 'Blank board' }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(templates.getByRole('radio', { name: 'SEND support plan' })).toBeChecked();
  await expect(templates.getByRole('radio', { name: 'SEND support plan' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Create board' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]+\/board$/);
  await joinBoard(page, { name: 'Helen Bell', organisation: 'Oakfield Primary School' });
  await page.getByRole('dialog', { name: 'Share this board' }).getByRole('button', { name: 'Close' }).click();
  await expect(card(page, 'Daily 15-minute phonics catch-up with the TA')).toBeVisible();

  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('link', { name: 'Goals' }).click();
  await expect(page.getByRole('article', { name: 'Maya reads with growing confidence', exact: true })).toBeVisible();
  await views.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('textbox', { name: 'Their views and aspirations' })).toHaveValue(/I want to read Harry Potter/);
  await expect(page.getByRole('region', { name: 'Lead professional' })).toContainText('Helen Bell');
  await views.getByRole('link', { name: 'People and partners' }).click();
  await expect(page.getByRole('heading', { name: 'Northshire Educational Psychology Service' })).toBeVisible();
});

test('a community support plan made through the API shows its partners’ actions, and a front page with no personal voice', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Eastfield winter plan', template: 'community-support' });
  const { page, context } = await openAs(browser, board, 'viewer', { name: 'Councillor Jones', newOrganisation: 'Eastfield Ward' });
  await expect(card(page, 'Open the warm space at the community centre three days a week')).toBeVisible();
  await expect(card(page, 'Launch the winter fuel voucher scheme')).toBeVisible();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('region', { name: 'Shared purpose' })).toContainText('no older or isolated resident in Eastfield');
  await expect(page.getByRole('region', { name: 'In their own words' })).toContainText('Nothing recorded yet.');
  await context.close();
});
