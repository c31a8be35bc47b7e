import { expect, test, type Page } from '@playwright/test';
import { boardLink, createBoard, type CreatedBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';
const purpose =
  'Get Arthur home safely within three days of being medically fit, with reablement, equipment and his daughter’s support agreed by every partner before he leaves the ward.';

/** The IndexedDB databases this browser holds (y-indexeddb keeps a board's local copy in `partnerboard:<id>`). */
function localCopies(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name ?? ''));
}

/** Opens a board's link far enough for this browser to remember it (its link, role and title), without joining. */
async function remember(page: Page, board: CreatedBoard, title: string): Promise<void> {
  await page.goto(boardLink(board, 'facilitator'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Join “${title}”`);
}

test('everyone sees the shared purpose under the board title, on one line that opens to the whole of it', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Arthur Bennett – home from Ward 7B', purpose, template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'viewer', { name: 'Dee Khan', organisation: council });
  const header = page.getByRole('banner');
  await expect(header.getByRole('heading', { level: 1 })).toHaveText('Arthur Bennett – home from Ward 7B');
  await expect(header.getByText(purpose)).toBeVisible();

  // On a phone it takes one line, and "More" shows the rest.
  await page.setViewportSize({ width: 390, height: 844 });
  const text = header.getByText(purpose);
  const more = header.getByRole('button', { name: 'More' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  const oneLine = await text.evaluate((element) => element.getBoundingClientRect().height);
  await more.click();
  await expect(header.getByRole('button', { name: 'Less' })).toHaveAttribute('aria-expanded', 'true');
  expect(await text.evaluate((element) => element.getBoundingClientRect().height)).toBeGreaterThan(oneLine * 2);
  await expectNoAxeViolations(page);
  await context.close();
});

test('a facilitator renames the board and edits its purpose, and another browser sees both live', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Discharge plan', purpose: 'Get Arthur home.', template: 'hospital-discharge' });
  const facilitator = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward });
  const editor = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council });
  const { page } = facilitator;

  const edit = page.getByRole('button', { name: 'Edit board' });
  await edit.click();
  const dialog = page.getByRole('dialog', { name: 'Edit the board' });
  const title = dialog.getByRole('textbox', { name: 'Board title' });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Discharge plan');

  // An empty title is refused, with a message beside it, and nothing changes.
  await title.fill('   ');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The board title cannot be empty.');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.page.getByRole('heading', { level: 1 })).toHaveText('Discharge plan');
  await expectNoAxeViolations(page);

  await title.fill('Arthur home by Friday');
  await dialog.getByRole('textbox', { name: 'Shared purpose' }).fill(purpose);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(edit).toBeFocused();

  await expect(editor.page.getByRole('heading', { level: 1 })).toHaveText('Arthur home by Friday');
  await expect(editor.page.getByRole('banner').getByText(purpose)).toBeVisible();
  await expect(editor.page).toHaveTitle('Arthur home by Friday – Partnerboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arthur home by Friday');
  // The server's board directory has it too: a link opened now is told the new title.
  const opened = await request.get(`/api/boards/${board.id}`, { headers: { Authorization: `Bearer ${board.tokens.viewer}` } });
  expect(((await opened.json()) as { title: string }).title).toBe('Arthur home by Friday');

  await facilitator.context.close();
  await editor.context.close();
});

test('an editor and a viewer get no control to rename or delete the board', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Not yours to rename', purpose, template: 'hospital-discharge' });
  for (const role of ['editor', 'viewer'] as const) {
    const { page, context } = await openAs(browser, board, role, { name: 'Sam Lee', organisation: council });
    await expect(page.getByRole('banner').getByText(purpose)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit board' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Delete this board/ })).toHaveCount(0);
    await context.close();
  }
});

test('the facilitator deletes the board: others see it was deleted, and the facilitator’s browser forgets it', async ({ browser, request }) => {
  const title = 'Arthur Bennett – home from Ward 7B';
  const board = await createBoard(request, { title, purpose, template: 'hospital-discharge' });
  const facilitator = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward });
  const editor = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council });
  const { page } = facilitator;
  await expect(page.getByRole('list', { name: '2 on the board now' })).toBeVisible();
  await expect.poll(() => localCopies(page)).toContain(`partnerboard:${board.id}`);

  await page.getByRole('button', { name: 'Edit board' }).click();
  const deleteButton = page.getByRole('dialog', { name: 'Edit the board' }).getByRole('button', { name: 'Delete this board…' });
  await deleteButton.click();
  const confirm = page.getByRole('dialog', { name: `Delete “${title}” for everyone?` });
  await expect(confirm).toContainText('This cannot be undone');
  await expect(confirm).toContainText('every personal link');
  await expect(confirm).toContainText('One other person has it open now');
  const typed = confirm.getByRole('textbox', { name: 'Type the board’s title to confirm' });
  await expect(typed).toBeFocused();
  const deleteForEveryone = confirm.getByRole('button', { name: 'Delete the board for everyone' });
  await expect(deleteForEveryone).toBeDisabled();
  await expectNoAxeViolations(page);

  // Kept: the focus goes back to where it was.
  await confirm.getByRole('button', { name: 'Keep the board' }).click();
  await expect(confirm).toBeHidden();
  await expect(deleteButton).toBeFocused();
  await deleteButton.click();

  await typed.fill('Arthur Bennett');
  await expect(deleteForEveryone).toBeDisabled();
  await typed.fill(title);
  await deleteForEveryone.click();

  // The facilitator lands on the start page, told so, with the board gone from this browser.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('status').filter({ hasText: `“${title}” has been deleted for everyone` })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  await expect.poll(() => localCopies(page)).not.toContain(`partnerboard:${board.id}`);

  // Everyone else sees a clear page, not a reconnect loop, and keeps no copy either.
  await expect(editor.page.getByRole('heading', { level: 1 })).toHaveText('This board has been deleted');
  await expect(editor.page.getByRole('main')).toContainText(`deleted “${title}” for everyone`);
  await expectNoAxeViolations(editor.page);
  await expect.poll(() => localCopies(editor.page)).not.toContain(`partnerboard:${board.id}`);

  // Its links lead nowhere now.
  for (const role of ['facilitator', 'editor', 'viewer'] as const) {
    expect((await request.get(`/api/boards/${board.id}`, { headers: { Authorization: `Bearer ${board.tokens[role]}` } })).status()).toBe(404);
  }
  await editor.page.goto(boardLink(board, 'editor'));
  await expect(editor.page.getByRole('heading', { level: 1 })).toHaveText('This link does not lead to a board');

  await facilitator.context.close();
  await editor.context.close();
});

test('a browser that was offline when the board was deleted says so once it is back, instead of reconnecting for ever', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Deleted while away', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council });
  await expect(page.getByRole('status', { name: 'Connection' })).toContainText('Connected');
  await context.setOffline(true);
  await expect(page.getByRole('status', { name: 'Connection' })).toContainText('Offline');

  const deleted = await request.delete(`/api/boards/${board.id}`, { headers: { Authorization: `Bearer ${board.tokens.facilitator}` } });
  expect(deleted.status()).toBe(204);
  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This board has been deleted');
  await context.close();
});

test('the start page shows this browser’s boards without scrolling, and removes one from this browser only', async ({ browser, request }) => {
  const boards = [
    { title: 'Arthur Bennett – home from Ward 7B', board: await createBoard(request, { title: 'Arthur Bennett – home from Ward 7B', template: 'hospital-discharge' }) },
    { title: 'Team around Maya', board: await createBoard(request, { title: 'Team around Maya', template: 'team-around-the-child' }) },
    { title: 'Winter pressures plan', board: await createBoard(request, { title: 'Winter pressures plan' }) },
  ];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  for (const { board, title } of boards) await remember(page, board, title);
  const [arthur, maya, winter] = boards as [(typeof boards)[number], (typeof boards)[number], (typeof boards)[number]];
  await expect.poll(() => localCopies(page)).toContain(`partnerboard:${maya.board.id}`);

  await page.goto('/');
  const recent = page.getByRole('region', { name: 'Your boards in this browser' });
  for (const { title } of boards) await expect(recent.getByRole('link', { name: title })).toBeInViewport();
  await expect(recent).toContainText('facilitator link');
  await expectNoAxeViolations(page);

  await recent.getByRole('button', { name: `Remove “${maya.title}” from this browser` }).click();
  await expect(recent.getByRole('link', { name: maya.title })).toHaveCount(0);
  await expect(recent.getByRole('status')).toContainText(`“${maya.title}” removed from this browser.`);
  // The focus moves on to the next board's button, not to the top of the page.
  await expect(recent.getByRole('button', { name: `Remove “${winter.title}” from this browser` })).toBeFocused();
  await expect.poll(() => localCopies(page)).not.toContain(`partnerboard:${maya.board.id}`);
  await page.reload();
  await expect(recent.getByRole('link', { name: maya.title })).toHaveCount(0);
  await expect(recent.getByRole('link', { name: arthur.title })).toBeVisible();
  // The board itself is still there for anyone with its link.
  expect((await request.get(`/api/boards/${maya.board.id}`, { headers: { Authorization: `Bearer ${maya.board.tokens.editor}` } })).status()).toBe(200);

  // Removed by mistake: undo brings it back.
  await recent.getByRole('button', { name: `Remove “${winter.title}” from this browser` }).click();
  await recent.getByRole('button', { name: 'Undo' }).click();
  await expect(recent.getByRole('link', { name: winter.title })).toBeVisible();
  await expect(recent.getByRole('button', { name: `Remove “${winter.title}” from this browser` })).toBeFocused();

  // On a phone the list comes before the form, a short scroll at most.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(recent.getByRole('heading', { name: 'Your boards in this browser' })).toBeInViewport();
  await context.close();
});
