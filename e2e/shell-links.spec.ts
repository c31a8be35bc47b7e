import { expect, test } from '@playwright/test';
import { boardLink, createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { joinBoard, openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';

test('rotating a link disconnects whoever holds the old one at once and shows them the withdrawn-link page', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Rotation board', template: 'hospital-discharge' });
  const facilitator = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward });
  const editor = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council });
  await expect(editor.page.getByRole('status', { name: 'Connection' })).toContainText('Connected');

  await facilitator.page.getByRole('button', { name: 'Share' }).click();
  const share = facilitator.page.getByRole('dialog', { name: 'Share this board' });
  await share.getByRole('button', { name: 'Make a new editor link' }).click();
  await share.getByRole('button', { name: 'Replace link' }).click();
  const editorLink = share.getByRole('textbox', { name: 'Editor link' });
  // The box shows the new link once the server has answered.
  await expect(editorLink).not.toHaveValue(new RegExp(board.tokens.editor));
  await expect(editorLink).toHaveValue(new RegExp(`/b/${board.id}/board#token=`));
  const newEditorLink = await editorLink.inputValue();

  await expect(editor.page.getByRole('heading', { level: 1 })).toHaveText('This link has been withdrawn');
  await expectNoAxeViolations(editor.page);

  // The old link stays dead after a reload; the new one works.
  await editor.page.goto(boardLink(board, 'editor'));
  await expect(editor.page.getByRole('heading', { level: 1 })).toHaveText('This link no longer works');
  await editor.page.goto(newEditorLink);
  await expect(editor.page.getByRole('heading', { level: 1, name: 'Rotation board' })).toBeVisible();
  await expect(editor.page.getByRole('status', { name: 'Connection' })).toContainText('Connected');

  await facilitator.context.close();
  await editor.context.close();
});

test('a facilitator who replaces their own link stays connected with the new one', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Own rotation', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward });
  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: 'Share this board' });
  await share.getByRole('button', { name: 'Make a new facilitator link' }).click();
  await share.getByRole('button', { name: 'Replace link' }).click();
  await expect(share.getByRole('textbox', { name: 'Facilitator link' })).toHaveValue(/#token=/);
  await share.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('status', { name: 'Connection' })).toContainText('Connected');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Own rotation' })).toBeVisible();
  await context.close();
});

test('a link with a wrong token shows a clear page, not a spinner', async ({ page, request }) => {
  const board = await createBoard(request, { title: 'Bad link board' });
  await page.goto(`/b/${board.id}/board#token=not-a-real-token`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link no longer works');
  await expect(page.getByText('Ask them for the current link')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a link without its token says it is incomplete', async ({ page, request }) => {
  const board = await createBoard(request, { title: 'No token board' });
  await page.goto(`/b/${board.id}/board`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link is incomplete');
});

test('the join prompt is asked once per board and the name can be changed later', async ({ page, request }) => {
  const board = await createBoard(request, { title: 'Identity board', template: 'hospital-discharge' });
  await page.goto(boardLink(board, 'editor'));
  await joinBoard(page, { name: 'Ruth Adeyemi', organisation: 'Northshire Carers Centre', inPlan: 'none' });
  await page.reload();
  await page.getByRole('button', { name: /You are Ruth Adeyemi/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Your name and organisation' });
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Your name').fill('Ruth A.');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: /You are Ruth A\. \(Northshire Carers Centre\)/ })).toBeVisible();
});
