import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createBoard, type CreatedBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { joinBoard, openAs } from './support/join';
import { seedLargeBoard } from './support/seed';

// Getting the plan out: the export dialog in the board's header, the printable plan as Chromium
// prints it to PDF, and a backup imported on the start page.

const goals = 5;
const actions = 100;
const goalTitles = Array.from({ length: goals }, (_, i) => `Goal ${i + 1}`);
const actionTitles = Array.from({ length: actions }, (_, i) => `Action ${i + 1}`);

/** Each page's text of a PDF, as pdf.js reads it: one string per run of text. */
async function pdfPages(pdf: Buffer): Promise<string[][]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str.trim() : '')).filter(Boolean));
  }
  await document.destroy();
  return pages;
}

let board: CreatedBoard;

test.beforeAll(async ({ request, baseURL }) => {
  board = await createBoard(request, { title: 'Winter discharge plan' });
  await seedLargeBoard(baseURL ?? '', board, { goals, actions });
});

async function openExportDialog(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Export and print' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export and print' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('"Print the plan" opens the whole plan, which Chromium prints to A4 pages holding every goal and action', async ({ browser }) => {
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Amira Khan', newOrganisation: 'Riverside NHS Trust' }, 'goals');
  const dialog = await openExportDialog(page);
  await expectNoAxeViolations(page);
  await dialog.getByRole('link', { name: 'Print the plan' }).click();
  await expect(page).toHaveURL(new RegExp(`/b/${board.id}/print`));
  await expect(page.getByRole('heading', { level: 2, name: 'Winter discharge plan' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Actions for Goal 5' }).getByRole('row')).toHaveCount(actions / goals + 1);
  await expectNoAxeViolations(page);

  const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pages.length).toBeGreaterThan(1);
  const printed = new Set(pages.flat());
  expect(goalTitles.filter((title) => !printed.has(title))).toEqual([]);
  expect(actionTitles.filter((title) => !printed.has(title))).toEqual([]);
  // Nothing of the screen's controls goes on paper.
  for (const control of ['Export and print', 'Print or save as PDF', 'Back to the goals', 'Views']) expect(printed.has(control)).toBe(false);
  await context.close();
});

test('a viewer downloads the actions as CSV by keyboard alone, and the dialog gives the focus back when it closes', async ({ browser }) => {
  const { page, context } = await openAs(browser, board, 'viewer', { name: 'Councillor Jones', newOrganisation: 'Northshire Council' }, 'goals');
  const opener = page.getByRole('banner').getByRole('button', { name: 'Export and print' });
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export and print' });
  const csv = dialog.getByRole('button', { name: 'Download Actions (CSV spreadsheet)' });
  await csv.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('winter-discharge-plan.csv');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.split('\r\n').filter(Boolean)).toHaveLength(actions + 1);
  await expect(dialog.getByRole('status')).toHaveText('Downloaded winter-discharge-plan.csv.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await context.close();
});

test('the start page makes a new board from a backup file, and refuses a file that is not one with a clear error', async ({ page, request }) => {
  const backup = await request.get(`/api/boards/${board.id}/export.json`, { headers: { Authorization: `Bearer ${board.tokens.viewer}` } });
  expect(backup.status()).toBe(200);
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Import a board from a backup file' });
  const file = form.getByLabel('Backup file (.json)');

  await file.setInputFiles({ name: 'minutes.txt', mimeType: 'text/plain', buffer: Buffer.from('Minutes of the meeting') });
  await form.getByRole('button', { name: 'Import board' }).click();
  await expect(form.getByRole('alert')).toHaveText(/“minutes.txt” is not a board backup/);
  await expect(file).toBeFocused();
  await file.setInputFiles({ name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'partnerboard-board', version: 1, board: { meta: { title: 'X', createdAt: '2026-01-01T00:00:00.000Z', evil: 1 } } })) });
  await form.getByRole('button', { name: 'Import board' }).click();
  await expect(form.getByRole('alert')).toHaveText(/unknown field "evil"/);
  await expectNoAxeViolations(page);

  await file.setInputFiles({ name: 'winter-discharge-plan.json', mimeType: 'application/json', buffer: await backup.body() });
  await form.getByRole('button', { name: 'Import board' }).click();
  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]+\/goals$/);
  expect(page.url()).not.toContain(board.id);
  await joinBoard(page, { name: 'Amira Khan', organisation: 'Partner organisation 1' });
  await expect(page.getByRole('article', { name: 'Goal 5', exact: true })).toBeVisible();
});
