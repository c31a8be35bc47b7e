import { expect, test } from '@playwright/test';
import { boardLink, createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';
const community = 'Northshire Community Nursing & Therapy';

test('a personal link names its holder without asking, shows them as verified, and withdrawing it shuts out only them', async ({ browser, request }) => {
  // Three browsers and three accessibility scans.
  test.setTimeout(120_000);
  const board = await createBoard(request, { title: 'Personal links board', template: 'hospital-discharge' });
  const facilitator = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward });
  const sharedEditor = await openAs(browser, board, 'editor', { name: 'Ahmed Hussain', organisation: community });
  const { page } = facilitator;

  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: 'Share this board' });
  const personal = share.getByRole('region', { name: 'Personal links' });
  await personal.getByLabel('Who it is for').selectOption({ label: `Joanne Evans (${council})` });
  await personal.getByLabel('What the link lets them do').selectOption({ label: 'Can edit the plan' });
  await personal.getByRole('button', { name: 'Make personal link' }).click();
  const link = await personal.getByRole('textbox', { name: 'Personal link for Joanne Evans' }).inputValue();
  expect(link).toContain(`/b/${board.id}/board#token=`);
  expect(link).not.toContain(board.tokens.editor);
  await expect(personal.getByRole('row', { name: /Joanne Evans/ })).toContainText('Can edit the plan');
  await expect(personal.getByRole('row', { name: /Joanne Evans/ })).toContainText('by Priya Shah');
  await expectNoAxeViolations(page);
  await share.getByRole('button', { name: 'Close' }).click();

  // Joanne opens her link in a browser of her own: she is not asked who she is.
  const joanneContext = await browser.newContext();
  const joanne = await joanneContext.newPage();
  await joanne.goto(link);
  await expect(joanne.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await expect(joanne.getByRole('textbox', { name: 'Your name' })).toHaveCount(0);
  const aboutJoanne = joanne.getByRole('button', { name: `You are Joanne Evans (${council}), verified by a personal link. About your name` });
  await expect(aboutJoanne).toBeVisible();
  await aboutJoanne.click();
  const about = joanne.getByRole('dialog', { name: 'Your name and organisation' });
  await expect(about).toContainText('it cannot be changed here');
  await expect(about.getByRole('textbox')).toHaveCount(0);
  await expectNoAxeViolations(joanne);
  await about.getByRole('button', { name: 'Done' }).click();

  // The facilitator sees her as verified, and the shared-link editor as self-declared.
  const here = page.getByRole('list', { name: '3 on the board now' });
  await expect(here.getByRole('img', { name: `Joanne Evans, ${council}, verified by a personal link`, exact: true })).toBeVisible();
  await expect(here.getByRole('img', { name: `Ahmed Hussain, ${community}, name self-declared`, exact: true })).toBeVisible();

  // Withdrawn: Joanne is shut out at once with a clear message; everyone else stays.
  await page.getByRole('button', { name: 'Share' }).click();
  await personal.getByRole('button', { name: 'Withdraw the link for Joanne Evans' }).click();
  const confirm = page.getByRole('dialog', { name: 'Withdraw the link for Joanne Evans?' });
  await expect(confirm).toContainText('disconnected at once');
  await confirm.getByRole('button', { name: 'Withdraw link' }).click();
  await expect(personal.getByRole('row', { name: /Joanne Evans/ })).toContainText('Withdrawn');
  await expect(personal.getByRole('heading', { name: 'Personal links' })).toBeFocused();
  await expect(joanne.getByRole('heading', { level: 1 })).toHaveText('Your personal link has been withdrawn');
  await expectNoAxeViolations(joanne);
  await share.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('list', { name: '2 on the board now' })).toBeVisible();
  await expect(sharedEditor.page.getByRole('status', { name: 'Connection' })).toContainText('Connected');

  // The link stays dead after a reload.
  await joanne.goto(link);
  await expect(joanne.getByRole('heading', { level: 1 })).toHaveText('Your personal link has been withdrawn');

  for (const context of [facilitator.context, sharedEditor.context, joanneContext]) await context.close();
});

test('the facilitator makes a view-only personal link for someone not in People, typed in by keyboard alone', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Typed personal link', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward });
  await page.getByRole('button', { name: 'Share' }).focus();
  await page.keyboard.press('Enter');
  const personal = page.getByRole('dialog', { name: 'Share this board' }).getByRole('region', { name: 'Personal links' });
  await personal.getByLabel('Who it is for').selectOption({ label: 'Someone not in People…' });
  await personal.getByLabel('Their name').focus();
  await page.keyboard.type('Dee Khan');
  await page.keyboard.press('Tab');
  await page.keyboard.type('St Mary School');
  await personal.getByLabel('What the link lets them do').selectOption({ label: 'View only' });
  await personal.getByRole('button', { name: 'Make personal link' }).focus();
  await page.keyboard.press('Enter');
  const link = await personal.getByRole('textbox', { name: 'Personal link for Dee Khan' }).inputValue();
  await expect(personal.getByRole('row', { name: /Dee Khan \(St Mary School\)/ })).toContainText('View only');

  const deeContext = await browser.newContext();
  const dee = await deeContext.newPage();
  await dee.goto(link);
  await expect(dee.getByRole('button', { name: 'You are Dee Khan (St Mary School), verified by a personal link. About your name' })).toBeVisible();
  await expect(dee.getByRole('status', { name: 'Connection' })).toContainText('View only');

  // A shared link opened afterwards in the same browser asks for a name again.
  await dee.goto(boardLink(board, 'viewer'));
  await expect(dee.getByRole('textbox', { name: 'Your name' })).toBeVisible();
  await context.close();
  await deeContext.close();
});

test('comments and status changes say whether their author is verified by a personal link or self-declared', async ({ browser, request }) => {
  // Three browsers at once.
  test.setTimeout(120_000);
  const homeGoal = "Arthur's home is safe for his mobility";
  const board = await createBoard(request, { title: 'Attributed comments', template: 'hospital-discharge' });
  const facilitator = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward }, 'goals');
  const link = await request.post(`/api/boards/${board.id}/links`, {
    headers: { Authorization: `Bearer ${board.tokens.facilitator}` },
    data: { role: 'editor', name: 'Joanne Evans', organisation: council },
  });
  expect(link.status()).toBe(201);
  const { token } = (await link.json()) as { token: string };
  const joanneContext = await browser.newContext();
  const joanne = await joanneContext.newPage();
  await joanne.goto(`/b/${board.id}/goals#token=${token}`);
  const ahmed = await openAs(browser, board, 'editor', { name: 'Ahmed Hussain', organisation: community }, 'goals');

  for (const [page, text] of [
    [joanne, 'Rails are booked for Thursday morning.'],
    [ahmed.page, 'Key safe fitted on Monday.'],
  ] as const) {
    await page.getByRole('button', { name: homeGoal, exact: true }).click();
    const panel = page.getByRole('dialog', { name: homeGoal });
    await panel.getByLabel('Add a comment').fill(text);
    await panel.getByRole('button', { name: 'Post comment' }).click();
    await expect(panel.getByLabel('Add a comment')).toHaveValue('');
    if (page === joanne) await panel.getByLabel('Status', { exact: true }).selectOption({ label: 'Off track' });
  }

  await facilitator.page.getByRole('button', { name: homeGoal, exact: true }).click();
  const panel = facilitator.page.getByRole('dialog', { name: homeGoal });
  const fromJoanne = panel.getByRole('listitem').filter({ hasText: 'Rails are booked for Thursday morning.' });
  await expect(fromJoanne).toContainText(`Joanne Evans${council}✓verified`);
  const fromAhmed = panel.getByRole('listitem').filter({ hasText: 'Key safe fitted on Monday.' });
  await expect(fromAhmed).toContainText(`Ahmed Hussain${community}self-declared`);
  const history = panel.getByRole('region', { name: 'Status history' });
  await expect(history.getByRole('listitem').first()).toContainText(`by Joanne Evans (${council}) ✓verified`);
  await expectNoAxeViolations(facilitator.page);

  for (const context of [facilitator.context, ahmed.context, joanneContext]) await context.close();
});
