import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { boardLink, type CreatedBoard } from './api';

export interface Joiner {
  name: string;
  /** One of the board's partners, by name; or, with `newOrganisation`, an organisation to add. */
  organisation?: string;
  newOrganisation?: string;
  /**
   * Who they are in the plan: `listed` (the default) picks the person of their name in their
   * organisation when there is one and otherwise goes on without being in the plan; `add` adds them
   * as a person; `none` goes on without being in the plan.
   */
  inPlan?: 'listed' | 'add' | 'none';
}

/**
 * Answers the join prompt ("Your organisation", "Who you are in the plan", "Your name") in the join
 * page or the dialog to change who you are, without pressing its button.
 */
export async function answerWhoYouAre(scope: Page | Locator, who: Joiner): Promise<void> {
  const picker = scope.getByRole('combobox', { name: 'Your organisation' });
  // The picker, or the organisation's name alone on a board with no partners yet, once the form shows.
  await expect(picker.or(scope.getByRole('textbox', { name: 'Your organisation' })).first()).toBeVisible();
  if (who.newOrganisation) {
    if ((await picker.count()) > 0) await picker.selectOption({ label: 'Another organisation…' });
    await scope.getByRole('textbox', { name: /organisation/i }).fill(who.newOrganisation);
  } else if (who.organisation) {
    await picker.selectOption({ label: who.organisation });
  }
  const place = scope.getByRole('combobox', { name: 'Who you are in the plan' });
  const name = scope.getByRole('textbox', { name: 'Your name' });
  await expect(place.or(name).first()).toBeVisible();
  if ((await place.count()) > 0) {
    const options = (await place.locator('option').allTextContents()).map((text) => text.trim());
    const listed = options.find((text) => text === who.name || text.startsWith(`${who.name} (`));
    const wanted =
      who.inPlan === 'add'
        ? options.find((text) => /add me to the plan/i.test(text))
        : who.inPlan !== 'none' && listed
          ? listed
          : options.find((text) => /go on without/i.test(text));
    if (!wanted) throw new Error(`The join prompt offers no way to be "${who.inPlan ?? 'listed'}": ${options.join(' | ')}`);
    await place.selectOption({ label: wanted });
  }
  if (await name.isVisible()) await name.fill(who.name);
}

/** Answers the join prompt and waits for the board to show. */
export async function joinBoard(page: Page, who: Joiner): Promise<void> {
  await answerWhoYouAre(page, who);
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
