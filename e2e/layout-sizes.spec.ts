import { expect, test, type Locator, type Page } from '@playwright/test';
import { boardLink, createBoard } from './support/api';
import { card, column } from './support/board';
import { joinBoard } from './support/join';

// What a person sees on a phone (390 × 844) and on a laptop (1280 × 800), in numbers: the header
// leaves room for the plan, nothing is cut off, and every view keeps its words readable. Each
// test keeps a screenshot of what it measured (in its test-results folder) to look at beside the numbers.

const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 800 };
const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const homeGoal = "Arthur's home is safe for his mobility";

async function openBoard(page: Page, request: Parameters<typeof createBoard>[0], view: string): Promise<void> {
  const board = await createBoard(request, { title: 'Arthur Bennett – home from Ward 7B', template: 'hospital-discharge' });
  await page.goto(boardLink(board, 'facilitator', view));
  await joinBoard(page, { name: 'Priya Shah', organisation: ward });
  // The creator's first visit opens the share links; these tests are about the plan behind them.
  const share = page.getByRole('dialog', { name: 'Share this board' });
  if (await share.isVisible()) await share.getByRole('button', { name: 'Close' }).first().click();
}

async function shoot(page: Page, name: string): Promise<void> {
  const path = test.info().outputPath(`${name}-${page.viewportSize()?.width}.png`);
  await page.screenshot({ path, animations: 'disabled' });
}

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('Not on the page.');
  return found;
}

/** Elements under `root` whose content is wider than their box: cut off, or to be scrolled sideways to. */
function clippedIn(root: Locator): Promise<string[]> {
  return root.evaluate((element) =>
    [element, ...element.querySelectorAll<HTMLElement>('*')]
      .filter((each) => each.clientWidth > 0 && each.scrollWidth > each.clientWidth + 1)
      .map((each) => `${each.tagName.toLowerCase()} "${(each.textContent ?? '').trim().slice(0, 40)}" ${each.scrollWidth} > ${each.clientWidth}`),
  );
}

/** True when nothing in the page scrolls the whole view sideways. */
function viewFitsAcross(page: Page): Promise<boolean> {
  return page.locator('#main').evaluate((main) => main.scrollWidth <= main.clientWidth + 1);
}

test.describe('on a phone', () => {
  test.use({ viewport: phone });

  test('the header and the folded filters leave most of the screen to the plan, and the filters open behind a labelled toggle', async ({ page, request }) => {
    await openBoard(page, request, 'board');
    const header = page.getByRole('banner');
    expect((await box(header)).height).toBeLessThanOrEqual(200);
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeHidden();
    expect((await box(page.locator('#main'))).height).toBeGreaterThanOrEqual(phone.height - 200);
    await expect(column(page, 'To do').getByRole('heading', { name: 'To do' })).toBeInViewport();
    await shoot(page, 'board');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('searchbox', { name: 'Search' }).fill('discharge');
    await expect(card(page, 'Book hospital transport home')).toHaveCount(0);
    await shoot(page, 'board-filters');
    await toggle.click();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeHidden();
    // Folded, the toggle still says the plan is filtered.
    await expect(toggle).toContainText('1');
  });

  test('goal titles read in lines of words, not a syllable a line', async ({ page, request }) => {
    await openBoard(page, request, 'goals');
    const title = page.getByRole('button', { name: homeGoal, exact: true });
    expect((await box(title)).width).toBeGreaterThanOrEqual(200);
    expect((await box(title)).height).toBeLessThanOrEqual(80);
    expect(await viewFitsAcross(page)).toBe(true);
    await shoot(page, 'goals');
  });

  test('the responsibility matrix shows its column headings in view, with words in them', async ({ page, request }) => {
    await openBoard(page, request, 'people');
    const matrix = page.getByRole('group', { name: /Responsibility matrix table/ });
    await matrix.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const shown = await box(matrix);
    const headings = matrix.locator('thead th');
    expect(await headings.count()).toBeGreaterThan(2);
    let inView = 0;
    for (const heading of await headings.all()) {
      const at = await box(heading);
      if (at.x >= shown.x + shown.width) continue;
      inView += 1;
      expect((await heading.innerText()).trim()).not.toBe('');
    }
    // The first column leaves room for at least one person's column beside it.
    expect(inView).toBeGreaterThanOrEqual(3);
    await expect(matrix.getByRole('columnheader', { name: 'Priya Shah' })).toBeInViewport();
    expect(await viewFitsAcross(page)).toBe(true);
    await shoot(page, 'matrix');
  });

  test('the detail panel takes the whole screen, with its close button in reach', async ({ page, request }) => {
    await openBoard(page, request, 'board');
    await card(page, 'Book hospital transport home').getByRole('button', { name: 'Book hospital transport home', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Book hospital transport home' });
    const at = await box(panel);
    expect(at.y).toBeLessThanOrEqual(0);
    expect(at.height).toBeGreaterThanOrEqual(phone.height - 1);
    expect(at.width).toBeGreaterThanOrEqual(phone.width - 1);
    await expect(panel.getByRole('button', { name: 'Close details' })).toBeInViewport();
    await shoot(page, 'detail');
    await panel.getByRole('button', { name: 'Close details' }).click();
    await expect(panel).toHaveCount(0);
    await expect(card(page, 'Book hospital transport home').getByRole('button', { name: 'Book hospital transport home', exact: true })).toBeFocused();
  });
});

test.describe('on a laptop', () => {
  test.use({ viewport: laptop });

  test('the workload tables show every column, also when someone carries a large share', async ({ page, request }) => {
    await openBoard(page, request, 'board');
    // Joanne Evans takes on two more actions: she and her organisation then carry a large share.
    for (const title of ['Arrange district nurse visits for wound care', 'Deliver hospital bed, commode and perching stool']) {
      await card(page, title).getByRole('button', { name: title, exact: true }).click();
      const panel = page.getByRole('dialog', { name: title });
      await panel.getByLabel('Accountable owner').selectOption({ label: 'Joanne Evans (Northshire Council Adult Social Care)' });
      await panel.getByRole('button', { name: 'Close details' }).click();
    }
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'People and partners' }).click();
    const workload = page.getByRole('region', { name: 'Workload' });
    await expect(workload.getByText('Carrying a large share')).toHaveCount(2);
    await workload.getByRole('heading', { name: 'Workload' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    expect(await clippedIn(workload)).toEqual([]);
    for (const table of await workload.getByRole('table').all()) {
      const shown = await box(table);
      expect(shown.x + shown.width).toBeLessThanOrEqual(laptop.width);
      await expect(table.getByRole('columnheader', { name: 'Share of open work' })).toBeVisible();
    }
    expect(await viewFitsAcross(page)).toBe(true);
    await shoot(page, 'workload');

    // Beside the detail panel too.
    await page.getByRole('region', { name: 'Responsibility matrix' }).getByRole('button', { name: homeGoal, exact: true }).click();
    await expect(page.getByRole('dialog', { name: homeGoal })).toBeVisible();
    await workload.getByRole('heading', { name: 'Workload' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    expect(await clippedIn(workload)).toEqual([]);
    expect(await viewFitsAcross(page)).toBe(true);
    await shoot(page, 'workload-detail');
  });

  test('the add-action form of a long column opens with its buttons in view', async ({ page, request }) => {
    await openBoard(page, request, 'board');
    await page.getByRole('button', { name: 'Add action to To do' }).click();
    const form = page.getByRole('form', { name: 'New action in To do' });
    await expect(form.getByRole('textbox')).toBeFocused();
    await expect(form.getByRole('button', { name: 'Add', exact: true })).toBeInViewport();
    await expect(form.getByRole('button', { name: 'Done' })).toBeInViewport();
    await shoot(page, 'add-action');
  });

  test('the filters show without a toggle, and draw no border where their display options wrap to a line of their own', async ({ page, request }) => {
    await openBoard(page, request, 'board');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden();
    const options = page.locator('.filter-bar__options');
    const styles = await options.evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.borderLeftWidth, style.borderTopWidth, style.borderRightWidth, style.borderBottomWidth];
    });
    expect(styles).toEqual(['0px', '0px', '0px', '0px']);
    await shoot(page, 'board');
  });
});
