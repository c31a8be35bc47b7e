import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { boardLink, createBoard, type CreatedBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { card } from './support/board';
import { joinBoard, type Joiner } from './support/join';

// A facilitator runs a meeting for two participants and a viewer whose device clocks are minutes
// out: the shared timer, "bring everyone here" (stepping away and rejoining), the spotlight and the end.

/** Opens a share link in a new browser whose clock is `skewMs` out (Date.now, which the server clock corrects). */
async function openSkewed(browser: Browser, board: CreatedBoard, role: 'facilitator' | 'editor' | 'viewer', who: Joiner, skewMs: number, view = 'board'): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript((skew) => {
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + skew;
  }, skewMs);
  const page = await context.newPage();
  await page.goto(boardLink(board, role, view));
  await joinBoard(page, who);
  return page;
}

const minute = 60_000;

function bar(page: Page): Locator {
  return page.getByRole('region', { name: 'Meeting', exact: true });
}

/** The seconds the meeting bar's timer shows (m:ss). */
async function secondsShown(page: Page): Promise<number> {
  const text = (await bar(page).getByRole('timer').innerText()).trim();
  const match = /^(\d+):(\d\d)/.exec(text);
  if (!match) throw new Error(`The timer shows "${text}".`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function detailHeading(page: Page): Locator {
  return page.getByRole('dialog').getByRole('heading', { level: 2 });
}

test('a meeting: the agenda, the same timer on skewed clocks, everyone brought along, the spotlight, the end', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const board = await createBoard(request, { title: 'Discharge meeting', template: 'hospital-discharge' });
  const host = await openSkewed(browser, board, 'facilitator', { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' }, 0);
  const ann = await openSkewed(browser, board, 'editor', { name: 'Joanne Evans', organisation: 'Northshire Council Adult Social Care' }, 7 * minute, 'goals');
  const ben = await openSkewed(browser, board, 'editor', { name: 'Sarah Nolan', organisation: 'Northshire Community Nursing & Therapy' }, -5 * minute, 'goals');
  const viewer = await openSkewed(browser, board, 'viewer', { name: 'Ruth Adeyemi', organisation: 'Northshire Carers Centre' }, 3 * minute, 'goals');
  const everyone = [host, ann, ben, viewer];

  // Only the facilitator can start; the bar then shows for everyone.
  await expect(ann.getByRole('button', { name: 'Start a meeting' })).toHaveCount(0);
  await host.getByRole('button', { name: 'Start a meeting' }).click();
  for (const page of everyone) await expect(bar(page)).toContainText('Meeting: no agenda yet');
  await expect(viewer.getByRole('button', { name: 'Next item' })).toHaveCount(0);

  // The agenda: a bad timebox is refused and nothing typed is lost; items reorder by keyboard.
  await bar(host).getByRole('button', { name: 'Edit the agenda' }).click();
  const agenda = host.getByRole('dialog', { name: 'Agenda' });
  await agenda.getByRole('textbox', { name: 'Item' }).fill('Home safety');
  await agenda.getByRole('spinbutton', { name: 'Timebox (minutes)' }).fill('5000');
  await agenda.getByRole('button', { name: 'Add to the agenda' }).click();
  await expect(agenda.getByRole('alert')).toContainText('at most 600 minutes');
  await expect(agenda.getByRole('textbox', { name: 'Item' })).toHaveValue('Home safety');
  await agenda.getByRole('spinbutton', { name: 'Timebox (minutes)' }).fill('5');
  await agenda.getByRole('button', { name: 'Add to the agenda' }).click();
  await agenda.getByRole('textbox', { name: 'Item' }).fill('Discharge readiness');
  await agenda.getByRole('spinbutton', { name: 'Timebox (minutes)' }).fill('10');
  await agenda.getByRole('combobox', { name: 'Links to' }).selectOption({ label: 'Arthur is medically fit and ready to leave hospital' });
  await agenda.getByRole('button', { name: 'Add to the agenda' }).click();
  await expect(agenda.getByRole('listitem')).toHaveCount(2);
  const moveUp = agenda.getByRole('button', { name: 'Move up: Discharge readiness' });
  await moveUp.focus();
  await host.keyboard.press('Enter');
  await expect(agenda.getByRole('listitem').first()).toContainText('Discharge readiness');
  // At the top it can only go down: the focus stays on the row, on the button that still works.
  await expect(agenda.getByRole('button', { name: 'Move down: Discharge readiness' })).toBeFocused();
  await expectNoAxeViolations(host);
  await host.keyboard.press('Escape');

  // The first item starts its timebox; every screen shows the same time, whatever its clock says.
  await bar(host).getByRole('button', { name: 'Next item' }).click();
  for (const page of everyone) {
    await expect(bar(page)).toContainText('Item 1 of 2');
    await expect(bar(page)).toContainText('Discharge readiness');
    await expect(bar(page).getByText('Time left')).toBeVisible();
  }
  const shown = await Promise.all(everyone.map(secondsShown));
  expect(Math.max(...shown) - Math.min(...shown)).toBeLessThanOrEqual(1);
  for (const seconds of shown) expect(seconds).toBeGreaterThan(8 * 60);
  for (const seconds of shown) expect(seconds).toBeLessThanOrEqual(10 * 60 + 1);

  await bar(host).getByRole('button', { name: 'Pause timer' }).click();
  for (const page of everyone) await expect(bar(page).getByText('Paused')).toBeVisible();
  const paused = await Promise.all(everyone.map(secondsShown));
  expect(new Set(paused).size).toBe(1);
  await bar(host).getByRole('button', { name: '+5 min' }).click();
  await expect.poll(() => secondsShown(viewer)).toBe(paused[0]! + 5 * 60);
  await bar(host).getByRole('button', { name: 'Resume timer' }).click();
  await expect(bar(viewer).getByText('Time left')).toBeVisible();

  // Bring everyone here: the facilitator's view and open item become everyone's.
  await card(host, 'Book hospital transport home').getByRole('button', { name: 'Book hospital transport home', exact: true }).click();
  await expect(detailHeading(host)).toHaveText('Book hospital transport home');
  await bar(host).getByRole('button', { name: 'Bring everyone here' }).focus();
  await host.keyboard.press('Enter');
  for (const page of [ann, ben, viewer]) {
    await expect(page).toHaveURL(new RegExp(`/b/${board.id}/board`));
    await expect(detailHeading(page)).toHaveText('Book hospital transport home');
    await expect(bar(page)).toContainText('You are following the facilitator.');
  }
  await expect(bar(host)).toContainText('Following you: 3 of 3');

  // One steps away and looks elsewhere; the others follow the facilitator to another item.
  // By keyboard alone, as everything in the meeting bar.
  await bar(ann).getByRole('button', { name: 'Step away' }).focus();
  await ann.keyboard.press('Enter');
  await expect(bar(host)).toContainText('Following you: 2 of 3');
  await ann.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Goals' }).click();
  await card(host, 'Send the discharge summary to the GP').getByRole('button', { name: 'Send the discharge summary to the GP', exact: true }).click();
  await expect(detailHeading(ben)).toHaveText('Send the discharge summary to the GP');
  await expect(detailHeading(viewer)).toHaveText('Send the discharge summary to the GP');
  await expect(ann).toHaveURL(/\/goals/);

  // Rejoining takes them straight to where the facilitator is.
  await bar(ann).getByRole('button', { name: 'Rejoin' }).focus();
  await ann.keyboard.press('Enter');
  await expect(ann).toHaveURL(/\/board/);
  await expect(detailHeading(ann)).toHaveText('Send the discharge summary to the GP');
  await expect(bar(host)).toContainText('Following you: 3 of 3');

  // The spotlight: seen by the viewer, with the words for screen readers on the card.
  await bar(host).getByRole('button', { name: 'Spotlight for everyone' }).click();
  await expect(bar(viewer)).toContainText('In the spotlight: Send the discharge summary to the GP');
  const spotlit = card(viewer, 'Send the discharge summary to the GP');
  await expect.poll(() => spotlit.evaluate((element) => getComputedStyle(element, '::before').content)).toBe('"In the spotlight"');
  await expect.poll(() => card(viewer, 'Book hospital transport home').evaluate((element) => getComputedStyle(element).filter)).toContain('grayscale');
  await expectNoAxeViolations(viewer);
  await expectNoAxeViolations(host);
  await bar(host).getByRole('button', { name: 'Clear the spotlight' }).click();
  await expect(bar(viewer)).not.toContainText('In the spotlight');

  // The end signal: a polite announcement when the time runs out (the time set short through the document).
  await host.evaluate(() => {
    const doc = window.__partnerboard?.doc as unknown as { getMap(name: string): { set(key: string, value: unknown): void } };
    doc.getMap('session').set('timer', { endsAt: Date.now() + 2500, pausedRemainingMs: null });
  });
  await expect(viewer.getByRole('status').filter({ hasText: 'Time is up for Discharge readiness' })).toBeAttached({ timeout: 15_000 });
  await expect(bar(viewer).getByText('Time is up', { exact: true })).toBeVisible();

  // Ending asks first, then the bar goes for everyone.
  await bar(host).getByRole('button', { name: 'End the meeting' }).click();
  await host.getByRole('dialog', { name: 'End the meeting?' }).getByRole('button', { name: 'End the meeting' }).click();
  for (const page of everyone) await expect(bar(page)).toHaveCount(0);
  await expect(host.getByRole('button', { name: 'Start a meeting' })).toBeVisible();

  for (const page of everyone) await page.context().close();
});
