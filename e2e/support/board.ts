import { expect, type Locator, type Page } from '@playwright/test';

/** The card of an action on the board view, found by its exact title. */
export function card(page: Page, title: string): Locator {
  return page.locator('article.card').filter({ has: page.getByRole('button', { name: title, exact: true }) });
}

/** A status column of the board view (the region headed "To do", "In progress", ...). */
export function column(page: Page, status: string): Locator {
  return page.getByRole('region', { name: status, exact: true });
}

/** The titles of the cards in a column, top to bottom. */
export async function titlesIn(page: Page, status: string): Promise<string[]> {
  return column(page, status).locator('.card__open').allTextContents();
}

/** Adds an action at the foot of a column through its "Add action" form. */
export async function addAction(page: Page, status: string, title: string): Promise<void> {
  await page.getByRole('button', { name: `Add action to ${status}` }).click();
  await page.getByLabel(`Title of the new action in ${status}`).fill(title);
  await page.getByLabel(`Title of the new action in ${status}`).press('Enter');
  await expect(card(page, title)).toBeVisible();
  await page.getByLabel(`Title of the new action in ${status}`).press('Escape');
}

/** Drags a card with the mouse onto another column, in small steps as a hand would. */
export async function dragCardTo(page: Page, title: string, status: string): Promise<void> {
  const from = await card(page, title).locator('.card__open').boundingBox();
  const to = await column(page, status).boundingBox();
  if (!from || !to) throw new Error(`Cannot see the card "${title}" or the column "${status}".`);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 12 });
  await page.mouse.up();
}

/** The screen-reader announcements of drag and drop. */
export function dragAnnouncements(page: Page): Locator {
  return page.locator('[id^="DndLiveRegion"]');
}

/** Waits until the page has drawn a frame: the drag has taken in the last key. */
async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * Waits until dnd-kit takes arrow keys, after it announced a pick-up: its keyboard sensor starts
 * listening for them from a timer set when the drag starts, and a timer set now runs after that
 * one. Under load, an arrow key pressed straight after the announcement could come first and
 * scroll the page instead.
 */
export async function keyboardDragReady(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/**
 * Moves a card with the keyboard, as a screen-reader user would: Space to pick it up (waiting to
 * hear "Picked up"), the given arrow keys one at a time, Space to drop.
 */
export async function moveCardByKeyboard(page: Page, title: string, keys: string[]): Promise<void> {
  const handle = card(page, title).getByRole('button', { name: title, exact: true });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(dragAnnouncements(page)).toContainText(`Picked up action “${title}”`);
  await keyboardDragReady(page);
  for (const key of keys) {
    await page.keyboard.press(key);
    await nextFrame(page);
  }
  await page.keyboard.press('Space');
  await expect(dragAnnouncements(page)).toContainText(`Dropped action “${title}”`);
}
