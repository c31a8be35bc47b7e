import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs } from './support/join';

test('a decision and an action captured in a meeting are in its minutes, on screen and in the Markdown', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Minutes board', template: 'hospital-discharge' });
  const facilitator = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' });
  await facilitator.page.getByRole('button', { name: 'Start a meeting' }).click();
  const editor = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: 'Northshire Council Adult Social Care' });
  const page = editor.page;
  const capture = page.getByRole('region', { name: /^Captured/ });
  await expect(capture).toBeVisible();

  // "c" opens the capture form with the title ready to type in.
  await page.locator('body').press('c');
  const form = page.getByRole('form', { name: 'Capture' });
  await expect(form.getByLabel('Decision', { exact: true }).last()).toBeFocused();
  await page.keyboard.type('Arthur goes home on Friday');
  await form.getByRole('checkbox', { name: 'Northshire Council Adult Social Care' }).check();
  await form.getByRole('checkbox', { name: 'Elm Street Medical Practice' }).check();
  await form.getByRole('button', { name: 'Capture' }).click();
  await expect(capture.getByRole('list', { name: 'Captured under the current item' })).toContainText('Decision: Arthur goes home on Friday');

  await capture.getByRole('button', { name: /^Capture a decision/ }).click();
  await form.getByRole('radio', { name: 'Action' }).check();
  await form.getByRole('textbox', { name: 'Action' }).fill('Order a perching stool');
  await form.getByLabel('Owner').selectOption({ label: 'Joanne Evans' });
  await form.getByLabel('Due date').fill('2030-01-15');
  await form.getByRole('textbox', { name: 'Action' }).press('Enter');
  await expect(capture.getByRole('list', { name: 'Captured under the current item' })).toContainText('Action: Order a perching stool');
  await expect(page.getByRole('region', { name: /^Attendance/ })).toContainText('Joanne Evans');
  await expectNoAxeViolations(page);

  const bar = facilitator.page.getByRole('region', { name: 'Meeting' });
  await bar.getByRole('button', { name: 'End the meeting' }).click();
  await facilitator.page.getByRole('dialog', { name: 'End the meeting?' }).getByRole('button', { name: 'End the meeting' }).click();
  const minutes = facilitator.page.getByRole('article', { name: /^Minutes:/ });
  await expect(minutes).toBeVisible();
  await expect(minutes.getByRole('region', { name: 'Attendees' })).toContainText('Joanne Evans');
  await expect(minutes.getByRole('region', { name: 'Attendees' })).toContainText('Priya Shah');
  await expect(minutes.getByRole('region', { name: 'Decisions' })).toContainText('Arthur goes home on Friday, agreed by Elm Street Medical Practice, Northshire Council Adult Social Care');
  const action = minutes.getByRole('region', { name: 'Actions' }).getByRole('row', { name: /Order a perching stool/ });
  await expect(action).toContainText('Joanne Evans');
  await expect(action).toContainText('2030-01-15');
  // The server keeps the minutes with the board when the meeting ends, so they outlive the next meeting.
  await expect(minutes.getByRole('region', { name: 'Minutes kept from meetings' }).getByRole('button', { name: /^Download as Markdown: the minutes of/ })).toHaveCount(1);
  await expectNoAxeViolations(facilitator.page);

  const [download] = await Promise.all([facilitator.page.waitForEvent('download'), minutes.getByRole('button', { name: 'Download as Markdown', exact: true }).click()]);
  const markdown = readFileSync((await download.path()) ?? '', 'utf8');
  expect(markdown).toContain('# Minutes: Minutes board');
  expect(markdown).toContain('Joanne Evans');
  expect(markdown).toContain('- Arthur goes home on Friday, agreed by Elm Street Medical Practice, Northshire Council Adult Social Care');
  expect(markdown).toMatch(/- Order a perching stool: Joanne Evans \(Northshire Council Adult Social Care\), due 2030-01-15/);

  await facilitator.context.close();
  await editor.context.close();
});
