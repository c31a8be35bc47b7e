import { expect, test } from '@playwright/test';
import { boardLink, createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { card } from './support/board';
import { idByName } from './support/ids';
import { answerWhoYouAre, openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';
const screenshots = process.env.SCREENSHOT_DIR;

test('joining chooses no organisation for you, asks who you are among its people, and "Mine" then shows your actions', async ({ page, request }) => {
  const board = await createBoard(request, { title: 'Who you are', template: 'hospital-discharge' });
  await page.goto(boardLink(board, 'editor'));

  const organisation = page.getByRole('combobox', { name: 'Your organisation' });
  await expect(organisation).toHaveValue('');
  await expect(organisation.locator('option:checked')).toHaveText('Choose your organisation…');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Priya Shah');
  await page.getByRole('button', { name: 'Join the board' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose your organisation. If it is not listed, choose “Another organisation…”.');
  await expect(organisation).toBeFocused();
  await expect(organisation).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(0);

  // The organisation's people, and only theirs, with a way to be added or to go on without.
  await organisation.selectOption({ label: ward });
  const place = page.getByRole('combobox', { name: 'Who you are in the plan' });
  await expect(place.locator('option')).toHaveText([
    'Choose yourself…',
    'Priya Shah (Discharge coordinator)',
    'Dr Tom Okafor (Consultant geriatrician)',
    'Grace Miller (Ward sister)',
    'I am not listed: add me to the plan',
    'I am not listed: go on without being in the plan',
  ]);
  await page.getByRole('button', { name: 'Join the board' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose yourself from the list, or say that you are not listed.');
  await expect(place).toBeFocused();
  await expectNoAxeViolations(page);
  if (screenshots) await page.screenshot({ path: `${screenshots}/join.png`, fullPage: true });

  await place.selectOption({ label: 'Priya Shah (Discharge coordinator)' });
  await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Join the board' }).click();
  await expect(page.getByRole('button', { name: `You are Priya Shah (${ward}). Change your name or organisation` })).toBeVisible();

  await page.getByRole('checkbox', { name: 'Mine' }).check();
  await expect(card(page, 'Book hospital transport home')).toBeVisible();
  await expect(card(page, 'Set up key safe and pendant alarm')).toHaveCount(0);
  await expect(page.getByText('Showing 1 of 18 actions.')).toBeVisible();

  // A browser that joined before joining asked who you are in the plan keeps its name, and "Mine" its meaning.
  await page.evaluate((key) => {
    const memory = JSON.parse(localStorage.getItem(key) ?? '{}') as { identity: Record<string, unknown> };
    delete memory.identity.personId;
    localStorage.setItem(key, JSON.stringify(memory));
  }, `partnerboard:board:${board.id}`);
  await page.reload();
  await expect(page.getByRole('button', { name: `You are Priya Shah (${ward}). Change your name or organisation` })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Mine' })).toBeChecked();
  await expect(card(page, 'Book hospital transport home')).toBeVisible();
  await expect(page.getByText('Showing 1 of 18 actions.')).toBeVisible();
});

test('someone not listed adds themselves as a person, and everyone sees them in People', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Adding myself', template: 'hospital-discharge' });
  const priya = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward }, 'people');
  const sam = await openAs(browser, board, 'editor', { name: 'Sam Lee', organisation: council, inPlan: 'add' });

  const councilPeople = priya.page.getByRole('article', { name: council, exact: true }).getByRole('list', { name: `People from ${council}` });
  await expect(councilPeople.getByText('Sam Lee', { exact: true })).toBeVisible();

  // Sam is in the plan, with nothing assigned yet: "Mine" says so, not a bare empty board.
  await sam.page.getByRole('checkbox', { name: 'Mine' }).check();
  await expect(sam.page.getByText('Showing 0 of 18 actions.')).toBeVisible();
  await expect(sam.page.getByRole('status').filter({ hasText: 'Nothing on the board' })).toHaveText(
    'Nothing on the board is assigned to Sam Lee yet: no action has them as owner or responsible.',
  );
  await expect(sam.page.getByRole('button', { name: 'Say who you are in the plan' })).toHaveCount(0);
  if (screenshots) await sam.page.screenshot({ path: `${screenshots}/mine-nothing-assigned.png` });

  for (const opened of [priya, sam]) await opened.context.close();
});

test('"Mine" says why it is empty when you are not in the plan, and lets you say who you are', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Mine explained', template: 'hospital-discharge' });
  const { page, context } = await openAs(browser, board, 'editor', { name: 'Jo Evans', organisation: council, inPlan: 'none' }, 'goals');

  await page.getByRole('checkbox', { name: 'Mine' }).check();
  await expect(page.getByRole('status').filter({ hasText: '“Mine” shows nothing' })).toHaveText(
    '“Mine” shows nothing because you have not said who you are in the plan.Say who you are in the plan',
  );
  await expectNoAxeViolations(page);
  if (screenshots) await page.screenshot({ path: `${screenshots}/mine-empty.png` });

  await page.getByRole('button', { name: 'Say who you are in the plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your name and organisation' });
  await expect(dialog.getByRole('combobox', { name: 'Your organisation' })).toHaveValue(/.+/);
  await answerWhoYouAre(dialog, { name: 'Joanne Evans' });
  await expect(dialog.getByRole('textbox', { name: 'Your name' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  if (screenshots) await page.screenshot({ path: `${screenshots}/identity-dialog.png` });
  await dialog.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('button', { name: `You are Joanne Evans (${council}). Change your name or organisation` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Care and reablement in place from day one', exact: true })).toBeVisible();
  await expect(page.getByText('Showing 1 of 5 goals that match the filters.')).toBeVisible();
  await context.close();
});

test('a view-only link can pick yourself or go on without, never add you to the plan', async ({ page, request }) => {
  const board = await createBoard(request, { title: 'Viewer joining', template: 'hospital-discharge' });
  await page.goto(boardLink(board, 'viewer'));
  await page.getByRole('combobox', { name: 'Your organisation' }).selectOption({ label: council });
  await expect(page.getByRole('combobox', { name: 'Who you are in the plan' }).locator('option')).toHaveText([
    'Choose yourself…',
    'Joanne Evans (Social worker)',
    'Liam Carter (Reablement team manager)',
    'I am not listed: go on without being in the plan',
  ]);
});

test('a personal link is that person already: not asked, and "Mine" shows their actions', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Personal and mine', template: 'hospital-discharge' });
  const facilitator = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward });
  const joanneId = await idByName(facilitator.page, 'people', 'Joanne Evans');
  expect(joanneId).not.toBeNull();
  const made = await request.post(`/api/boards/${board.id}/links`, {
    headers: { Authorization: `Bearer ${board.tokens.facilitator}` },
    // The facilitator wrote her name as she signs it; the link names the person in the plan all the same.
    data: { role: 'editor', name: 'Jo Evans', organisation: council, personId: joanneId },
  });
  expect(made.status()).toBe(201);
  const { token } = (await made.json()) as { token: string };

  const joanneContext = await browser.newContext();
  const joanne = await joanneContext.newPage();
  await joanne.goto(`/b/${board.id}/board#token=${token}`);
  await expect(joanne.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await expect(joanne.getByRole('combobox', { name: 'Your organisation' })).toHaveCount(0);
  await joanne.getByRole('checkbox', { name: 'Mine' }).check();
  await expect(card(joanne, 'Set up key safe and pendant alarm')).toBeVisible();
  await expect(card(joanne, 'Book hospital transport home')).toHaveCount(0);
  await expect(joanne.getByText('Showing 4 of 18 actions.')).toBeVisible();

  await facilitator.context.close();
  await joanneContext.close();
});
