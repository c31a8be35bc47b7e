import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { boardLink, type CreatedBoard } from './api';

export interface Joiner {
  name: string;
  /** One of the board's partners, by name; or, with `newOrganisation`, an organisation to add. */
  organisation?: string;
  newOrganisation?: string;
}

/** Answers the join prompt ("Your name", "Your organisation") and waits for the board to show. */
export async function joinBoard(page: Page, who: Joiner): Promise<void> {
  await page.getByLabel('Your name').fill(who.name);
  if (who.newOrganisation) {
    const picker = page.getByLabel('Your organisation');
    if (await picker.isVisible()) await picker.selectOption({ label: 'Another organisation…' });
    await page.getByRole('textbox', { name: /organisation/i }).fill(who.newOrganisation);
  } else if (who.organisation) {
    await page.getByLabel('Your organisation').selectOption({ label: who.organisation });
  }
  await page.getByRole('button', { name: 'Join the board' }).click();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
}

export interface OpenedBoard {
  context: BrowserContext;
  page: Page;
}

/** A new browser (context) that opens a share link and joins the board as `who`. */
export async function openAs(
  browser: Browser,
  board: CreatedBoard,
  role: keyof CreatedBoard['tokens'],
  who: Joiner,
  view = 'board',
): Promise<OpenedBoard> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(boardLink(board, role, view));
  await joinBoard(page, who);
  return { context, page };
}
