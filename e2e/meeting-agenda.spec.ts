import { expect, test, type Locator, type Page } from '@playwright/test';
import { boardLink, createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { card } from './support/board';
import { joinBoard, openAs } from './support/join';

// The facilitator prepares the agenda before the meeting, by keyboard alone, and spotlights a risk;
// a viewer on a phone follows: the agenda item, the timer and the spotlight stay in sight, the open item's panel included.

const carerRisk = 'Margaret becomes overwhelmed as the only carer';
const otherRisk = 'Reablement has no capacity on the discharge date';

function bar(page: Page): Locator {
  return page.getByRole('region', { name: 'Meeting', exact: true });
}

/** The titles of the agenda's items, in order. */
function agendaTitles(agenda: Locator): Promise<string[]> {
  return agenda.locator('.agenda-list__title').allInnerTexts();
}

test('an agenda prepared before the meeting by keyboard, a risk in the spotlight, and a phone that keeps the meeting in sight', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const board = await createBoard(request, { title: 'Agenda board', template: 'hospital-discharge' });
  const host = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' }, 'overview');
  const page = host.page;
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const viewer = await phone.newPage();
  await viewer.goto(boardLink(board, 'viewer', 'board'));
  await joinBoard(viewer, { name: 'Ruth Adeyemi', organisation: 'Northshire Carers Centre' });

  // Before the meeting: the Overview's meeting area opens the agenda.
  const next = page.getByRole('region', { name: 'Next meeting' });
  await expect(next).toContainText('No agenda prepared yet.');
  await next.getByRole('button', { name: 'Prepare the agenda' }).focus();
  await page.keyboard.press('Enter');
  const agenda = page.getByRole('dialog', { name: 'Agenda' });
  await expect(agenda.getByRole('button', { name: /^Go to/ })).toHaveCount(0);
  const add = agenda.getByRole('form', { name: 'Add an item' });
  for (const [title, minutes] of [
    ['Welcome', '5'],
    ['Discharge readiness', '10'],
    ['Any other business', '5'],
  ] as const) {
    await add.getByRole('textbox', { name: 'Item' }).focus();
    await page.keyboard.type(title);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(minutes);
    await page.keyboard.press('Enter');
    await expect(agenda.getByRole('listitem').filter({ hasText: title })).toHaveCount(1);
  }

  // Edit: the title, the timebox and the link change; Escape leaves an edit without the dialog.
  await agenda.getByRole('button', { name: 'Edit: Welcome' }).focus();
  await page.keyboard.press('Enter');
  const edit = agenda.getByRole('form', { name: 'Edit: Welcome' });
  await expect(edit.getByRole('textbox', { name: 'Item' })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Welcome and introductions');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('3');
  await edit.getByRole('combobox', { name: 'Links to' }).selectOption({ label: 'Arthur is medically fit and ready to leave hospital' });
  await edit.getByRole('textbox', { name: 'Item' }).press('Enter');
  const welcome = agenda.getByRole('listitem').filter({ hasText: 'Welcome and introductions' });
  await expect(welcome).toContainText('3 min · Goal: Arthur is medically fit and ready to leave hospital');
  await expect(agenda.getByRole('button', { name: 'Edit: Welcome and introductions' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(agenda).toBeVisible();
  await expect(agenda.getByRole('form', { name: /^Edit:/ })).toHaveCount(0);

  // Reorder and remove by keyboard.
  await agenda.getByRole('button', { name: 'Move up: Discharge readiness' }).focus();
  await page.keyboard.press('Enter');
  expect(await agendaTitles(agenda)).toEqual(['Discharge readiness', 'Welcome and introductions', 'Any other business']);
  await agenda.getByRole('button', { name: 'Remove: Any other business' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => agendaTitles(agenda)).toEqual(['Discharge readiness', 'Welcome and introductions']);
  await expect(agenda.getByRole('button', { name: 'Edit: Welcome and introductions' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(next).toContainText('Agenda: 2 items.');

  // The meeting starts with the agenda prepared; the viewer on the phone sees the item and the timer.
  await next.getByRole('button', { name: 'Start a meeting' }).click();
  await expect(bar(viewer)).toContainText('Item 1 of 2');
  await expect(bar(viewer)).toContainText('Discharge readiness');
  await bar(page).getByRole('button', { name: 'Next item' }).click();
  await expect(bar(viewer)).toContainText('Item 2 of 2');
  await expect(bar(viewer).getByText('Time left')).toBeVisible();

  // On the phone an open item fills the screen below the meeting bar: the item and the timer are not covered.
  const action = 'Book hospital transport home';
  await card(viewer, action).getByRole('button', { name: action, exact: true }).click();
  const panel = viewer.getByRole('dialog', { name: action });
  await expect(panel).toBeVisible();
  const timer = bar(viewer).getByRole('timer');
  await expect(timer).toBeInViewport();
  await expect(bar(viewer).getByText('Welcome and introductions', { exact: true })).toBeInViewport();
  const barBox = await bar(viewer).boundingBox();
  const panelBox = await panel.boundingBox();
  expect(panelBox!.y).toBeGreaterThanOrEqual(barBox!.y + barBox!.height - 1);
  expect(await timer.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return element.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
  })).toBe(true);
  await expectNoAxeViolations(viewer);
  await panel.getByRole('button', { name: 'Close' }).click();

  // A risk in the spotlight, by keyboard: the viewer is told, and on the risks log the rest dims.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Risks' }).click();
  const spotlight = page.getByRole('button', { name: `Spotlight for everyone: ${carerRisk}` });
  await spotlight.focus();
  await page.keyboard.press('Enter');
  await expect(spotlight).toHaveAttribute('aria-pressed', 'true');
  await expect(viewer.getByRole('button', { name: /^Spotlight for everyone/ })).toHaveCount(0);
  await bar(viewer).getByRole('button', { name: carerRisk }).click();
  await expect(viewer).toHaveURL(/\/risks/);
  const spotlit = viewer.locator('[data-risk-id]').filter({ hasText: carerRisk });
  await expect.poll(() => spotlit.evaluate((element) => getComputedStyle(element, '::before').content)).toBe('"In the spotlight"');
  await expect.poll(() => viewer.locator('[data-risk-id]').filter({ hasText: otherRisk }).evaluate((element) => getComputedStyle(element).filter)).toContain('grayscale');
  await expectNoAxeViolations(viewer);
  await expectNoAxeViolations(page);
  await spotlight.click();
  await expect(bar(viewer)).not.toContainText('In the spotlight');

  await host.context.close();
  await phone.close();
});
