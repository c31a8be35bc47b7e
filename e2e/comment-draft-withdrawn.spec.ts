import { expect, test } from '@playwright/test';
import { boardLink, createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';
const careGoal = 'Care and reablement in place from day one';
const draft = 'The funding panel has moved to Friday, so the care package';

test('a comment being typed when the link is replaced is kept, the page says to ask the facilitator, and the new link brings it back', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Draft board', template: 'hospital-discharge' });
  const facilitator = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward });
  const editor = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'goals');

  await editor.page.getByRole('button', { name: careGoal, exact: true }).click();
  await editor.page.getByRole('dialog', { name: careGoal }).getByLabel('Add a comment').fill(draft);

  await facilitator.page.getByRole('button', { name: 'Share' }).click();
  const share = facilitator.page.getByRole('dialog', { name: 'Share this board' });
  await share.getByRole('button', { name: 'Make a new editor link' }).click();
  await share.getByRole('button', { name: 'Replace link' }).click();
  const editorLink = share.getByRole('textbox', { name: 'Editor link' });
  await expect(editorLink).toHaveValue(/#token=/);
  await expect(editorLink).not.toHaveValue(new RegExp(board.tokens.editor));
  const newLink = await editorLink.inputValue();

  const { page } = editor;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has been withdrawn');
  await expect(page.getByText('What to do: ask the facilitator of “Draft board” for the new link, then open it in this browser.')).toBeVisible();
  const kept = page.getByRole('note', { name: 'Your unsent comments' });
  await expect(kept).toContainText('Your unsent comment is kept in this browser. Open the board with the new link and it is still in the comment box of:');
  await expect(kept.getByRole('listitem')).toHaveText(`“${careGoal}”`);
  await expectNoAxeViolations(page);
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/withdrawn-draft.png` });

  // Opened again with the old link, the board says the same.
  await page.goto(boardLink(board, 'editor', 'goals'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link no longer works');
  await expect(page.getByText('What to do: ask the facilitator of “Draft board” for the new link')).toBeVisible();
  await expect(page.getByRole('note', { name: 'Your unsent comments' }).getByRole('listitem')).toHaveText(`“${careGoal}”`);

  // With the new link, the words are in the comment box, until posted.
  await page.goto(newLink);
  await page.getByRole('link', { name: 'Goals' }).click();
  await page.getByRole('button', { name: careGoal, exact: true }).click();
  const panel = page.getByRole('dialog', { name: careGoal });
  await expect(panel.getByLabel('Add a comment')).toHaveValue(draft);
  await panel.getByLabel('Add a comment').fill(`${draft} starts on Monday.`);
  await panel.getByRole('button', { name: 'Post comment' }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: `${draft} starts on Monday.` })).toBeVisible();
  await expect(panel.getByLabel('Add a comment')).toHaveValue('');
  await page.reload();
  await page.getByRole('button', { name: careGoal, exact: true }).click();
  await expect(page.getByRole('dialog', { name: careGoal }).getByLabel('Add a comment')).toHaveValue('');

  for (const opened of [facilitator, editor]) await opened.context.close();
});
