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

/**
 * Drags a card with the mouse onto a column, as a person does: press, move until the card is
 * picked up, move over the column (to the board's edge first, when the column is scrolled out of
 * sight, until the board scrolls it in) until the board shows the card there, let go. Each step
 * waits for what a person would see (the announcements say the same), so a busy machine cannot
 * make the button go up before the board knows where the card is.
 */
export async function dragCardTo(page: Page, title: string, status: string): Promise<void> {
  const from = await card(page, title).locator('.card__open').boundingBox();
  if (!from) throw new Error(`Cannot see the card "${title}".`);
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 10, start.y + 10, { steps: 3 });
  await expect(dragAnnouncements(page)).toContainText(`Picked up action “${title}”`);
  const target = column(page, status);
  await expect(async () => {
    const shown = await visiblePart(page, target);
    if (shown.height < 120) {
      // Mostly out of sight (adding a card scrolls its form into view): hold the card at the
      // board's edge on the column's side, where the board scrolls, and look again.
      await page.mouse.move(shown.x + shown.width / 2, shown.hiddenAbove ? shown.y + 4 : shown.y + shown.height - 4, { steps: 6 });
      throw new Error(`The column "${status}" is not yet on screen.`);
    }
    await page.mouse.move(shown.x + shown.width / 2, shown.y + Math.min(80, shown.height / 2), { steps: 12 });
    await expect(dragAnnouncements(page)).toContainText(`Action “${title}” moved to ${status}`, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await page.mouse.up();
  await expect(dragAnnouncements(page)).toContainText(`Dropped action “${title}” in ${status}`);
}

/**
 * The part of an element inside the board's scrolling canvas and the window; its height is 0 when
 * it is scrolled out of sight, and `hiddenAbove` says whether it goes on above that part.
 */
async function visiblePart(page: Page, element: Locator): Promise<{ x: number; y: number; width: number; height: number; hiddenAbove: boolean }> {
  const box = await element.boundingBox();
  const canvas = await page.locator('.board-canvas').boundingBox();
  const window = page.viewportSize();
  if (!box || !canvas || !window) throw new Error('Cannot see the board.');
  const canvasTop = Math.max(canvas.y, 0);
  const canvasBottom = Math.min(canvas.y + canvas.height, window.height);
  const left = Math.max(box.x, canvas.x, 0);
  const right = Math.min(box.x + box.width, canvas.x + canvas.width, window.width);
  const top = Math.min(Math.max(box.y, canvasTop), canvasBottom);
  const bottom = Math.max(Math.min(box.y + box.height, canvasBottom), canvasTop);
  return { x: left, y: top, width: right - left, height: Math.max(0, bottom - top), hiddenAbove: box.y < top };
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
 * hear "Picked up"), the given arrow keys one at a time (each must move the card, and each move is
 * heard before the next key), Space to drop.
 */
export async function moveCardByKeyboard(page: Page, title: string, keys: string[]): Promise<void> {
  const handle = card(page, title).getByRole('button', { name: title, exact: true });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(dragAnnouncements(page)).toContainText(`Picked up action “${title}”`);
  await keyboardDragReady(page);
  for (const key of keys) {
    // Each key here moves the card, and the move is announced once dnd-kit has taken it in: the next
    // key waits for that, or it could be read against where the card was before (seen once under load:
    // two arrow keys, one move).
    const heard = (await dragAnnouncements(page).textContent()) ?? '';
    await page.keyboard.press(key);
    await expect(dragAnnouncements(page)).not.toHaveText(heard);
    await nextFrame(page);
  }
  await page.keyboard.press('Space');
  await expect(dragAnnouncements(page)).toContainText(`Dropped action “${title}”`);
}
