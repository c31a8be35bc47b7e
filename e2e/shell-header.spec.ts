import { expect, test, type Page } from '@playwright/test';
import { boardLink, createBoard } from './support/api';
import { joinBoard, openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';

/** Whether the board title is cut short on screen, and its tooltip. */
function titleShown(page: Page) {
  return page.getByRole('heading', { level: 1 }).evaluate((heading) => ({
    cutShort: heading.scrollWidth > heading.clientWidth,
    tooltip: heading.getAttribute('title'),
  }));
}

test('at 1440 pixels the board title reads in full beside the views, who is here and the tools', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Arthur Bennett – home from Ward 7B', template: 'hospital-discharge' });
  const others = [
    await openAs(browser, board, 'editor', { name: 'Ahmed Hussain', organisation: 'Northshire Community Nursing & Therapy' }),
    await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: 'Northshire Council Adult Social Care' }),
  ];
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(boardLink(board, 'facilitator'));
  await joinBoard(page, { name: 'Priya Shah', organisation: ward });
  await expect(page.getByRole('list', { name: '3 on the board now' })).toBeVisible();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arthur Bennett – home from Ward 7B');
  expect(await titleShown(page)).toEqual({ cutShort: false, tooltip: null });
  // My own avatar is where I change my name or organisation.
  await expect(page.getByRole('button', { name: `You are Priya Shah (${ward}). Change your name or organisation` })).toBeVisible();
  for (const other of others) await other.context.close();
  await context.close();
});

test('a title too long for the header is cut short, with the whole title as its tooltip', async ({ browser, request }) => {
  const title = 'Arthur Bennett – home from Ward 7B with reablement, equipment, carers support and a GP review in the first week';
  const board = await createBoard(request, { title, template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Priya Shah', organisation: ward });
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect.poll(() => titleShown(page)).toEqual({ cutShort: true, tooltip: title });

  // Wide enough again, the tooltip goes.
  await page.setViewportSize({ width: 2560, height: 900 });
  await expect.poll(() => titleShown(page)).toEqual({ cutShort: false, tooltip: null });
  await context.close();
});
