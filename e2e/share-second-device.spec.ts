import { expect, test, type Browser, type Page } from '@playwright/test';
import { hashToken } from '../apps/server/src/auth/tokens';
import { SqliteBoardStore } from '../apps/server/src/storage/sqlite/SqliteBoardStore';
import { createBoard, type CreatedBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { joinBoard } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';

/** A browser of its own (another device), allowed to use the clipboard, opening `link` and joining as `name`. */
async function openOnAnotherDevice(browser: Browser, link: string, name: string, organisation: string) {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(link);
  await joinBoard(page, { name, organisation });
  return { context, page };
}

async function openShare(page: Page) {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const share = page.getByRole('dialog', { name: 'Share this board' });
  await expect(share).toBeVisible();
  return share;
}

test('a facilitator on a second device sees and copies the same editor and viewer links as the board’s creator', async ({ browser }) => {
  // The creator makes the board from the start page, on their own device.
  const creator = await browser.newContext();
  const creatorPage = await creator.newPage();
  await creatorPage.goto('/');
  await creatorPage.getByLabel('Board title').fill('Discharge plan for Arthur Bennett');
  await creatorPage.getByRole('radio', { name: 'Hospital discharge plan' }).check();
  await creatorPage.getByRole('button', { name: 'Create board' }).click();
  await joinBoard(creatorPage, { name: 'Priya Shah', organisation: ward });
  const creatorShare = creatorPage.getByRole('dialog', { name: 'Share this board' });
  const [facilitatorLink, editorLink, viewerLink] = await Promise.all(
    ['Facilitator link', 'Editor link', 'Viewer link'].map((label) => creatorShare.getByRole('textbox', { name: label }).inputValue()),
  );
  await creatorShare.getByRole('button', { name: 'Close' }).click();

  // A co-facilitator opens the facilitator link on the meeting-room PC.
  const room = await openOnAnotherDevice(browser, facilitatorLink ?? '', 'Joanne Evans', council);
  const share = await openShare(room.page);
  await expect(share.getByRole('textbox', { name: 'Editor link' })).toHaveValue(editorLink ?? '');
  await expect(share.getByRole('textbox', { name: 'Viewer link' })).toHaveValue(viewerLink ?? '');
  await expect(share.getByText('does not know')).toHaveCount(0);
  await share.getByRole('button', { name: 'Copy editor link' }).click();
  await expect(share.getByRole('button', { name: 'Copy editor link' })).toHaveText('Copied ✓');
  expect(await room.page.evaluate(() => navigator.clipboard.readText())).toBe(editorLink);
  await expectNoAxeViolations(room.page);

  // The link it shows works: a partner opens the board with it.
  const partner = await openOnAnotherDevice(browser, editorLink ?? '', 'Sam Lee', council);
  await expect(partner.page.getByRole('status', { name: 'Connection' })).toContainText('Connected');

  // Replaced from the meeting-room PC, the creator's device shows the new link, not the one it remembers.
  await share.getByRole('button', { name: 'Make a new viewer link' }).click();
  await share.getByRole('button', { name: 'Replace link' }).click();
  await expect(share.getByRole('textbox', { name: 'Viewer link' })).not.toHaveValue(viewerLink ?? '');
  const newViewerLink = await share.getByRole('textbox', { name: 'Viewer link' }).inputValue();
  const again = await openShare(creatorPage);
  await expect(again.getByRole('textbox', { name: 'Viewer link' })).toHaveValue(newViewerLink);
  await expect(again.getByRole('textbox', { name: 'Editor link' })).toHaveValue(editorLink ?? '');

  for (const context of [creator, room.context, partner.context]) await context.close();
});

test('a board made before links could be shown on every device says so, and shows a link once it is replaced', async ({ browser, request, baseURL }) => {
  const board: CreatedBoard = await createBoard(request, { title: 'Made before', template: 'hospital-discharge' });
  // Stored as a server before sealed links stored it: the same links, only hashed.
  const store = SqliteBoardStore.open(process.env.E2E_DATA_DIR ?? '');
  for (const role of ['editor', 'viewer'] as const) await store.rotateToken(board.id, role, hashToken(board.tokens[role]));
  await store.close();

  const room = await openOnAnotherDevice(browser, `${baseURL}/b/${board.id}/board#token=${board.tokens.facilitator}`, 'Joanne Evans', council);
  const share = await openShare(room.page);
  const editorRow = share.getByRole('region', { name: 'Editor link' });
  await expect(editorRow).toContainText('This link was made before links could be shown on every device');
  await expect(editorRow.getByRole('textbox', { name: 'Editor link' })).toHaveCount(0);
  await expect(share.getByRole('textbox', { name: 'Facilitator link' })).toHaveValue(/#token=/);
  await expectNoAxeViolations(room.page);

  await editorRow.getByRole('button', { name: 'Make a new editor link' }).click();
  await editorRow.getByRole('button', { name: 'Replace link' }).click();
  await expect(editorRow.getByRole('textbox', { name: 'Editor link' })).toHaveValue(/#token=/);
  await expect(editorRow).not.toContainText('made before');
  await expect(share.getByRole('region', { name: 'Viewer link' })).toContainText('This link was made before links could be shown on every device');
  await room.context.close();
});
