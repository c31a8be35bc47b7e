import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createBoard } from './support/api';
import { answerWhoYouAre, joinBoard } from './support/join';

// The README's pictures of the product (docs/screenshots/*.png): a hospital discharge plan made from
// the start page, with two other people on the board so that presence shows, and every view on a
// phone and on a laptop. Run on purpose with
// `SCREENSHOTS=1 pnpm exec playwright test e2e/screenshots.spec.ts`, then look at every picture.
test.skip(process.env.SCREENSHOTS !== '1', 'Takes the README screenshots into docs/screenshots: run with SCREENSHOTS=1.');

const viewport = { width: 1440, height: 900 };
const folder = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const homeGoal = "Arthur's home is safe for his mobility";
const homeVisit = 'Home environment visit and falls risk assessment';
const careGoal = 'Care and reablement in place from day one';

/** Saves what the page shows now, without a focus ring left over from the steps that got here. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  await page.screenshot({ path: `${folder}${name}.png`, animations: 'disabled' });
}

/** Someone else opening the editor link in their own browser. */
async function joinAs(browser: Browser, link: string, name: string, organisation: string): Promise<Page> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(link);
  await joinBoard(page, { name, organisation });
  return page;
}

test('the screenshots of every view, for the README', async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();

  await page.goto('/');
  await page.getByLabel('Board title').fill('Arthur Bennett – home from Ward 7B');
  await page.getByLabel('Shared purpose').fill('Get Arthur home safely after his hip fracture, with care and equipment in place from day one.');
  await page.getByRole('radio', { name: 'Hospital discharge plan' }).check();
  await shoot(page, 'start');

  await page.getByRole('button', { name: 'Create board' }).click();
  await answerWhoYouAre(page, { name: 'Priya Shah', organisation: ward });
  await shoot(page, 'join');
  await page.getByRole('button', { name: 'Join the board' }).click();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();

  // The creator lands with the share links open.
  const links = page.getByRole('dialog', { name: 'Share this board' });
  const editorLink = await links.getByRole('textbox', { name: 'Editor link' }).inputValue();
  await links.getByRole('button', { name: 'Close' }).click();

  // Ahmed types in the notes of the home visit; Joanne's pointer is over the board.
  const ahmed = await joinAs(browser, editorLink, 'Ahmed Hussain', 'Northshire Community Nursing & Therapy');
  await ahmed.getByRole('button', { name: homeVisit, exact: true }).click();
  await ahmed.getByRole('dialog', { name: homeVisit }).getByRole('textbox', { name: 'Notes' }).click();
  await ahmed.keyboard.press('Control+End');
  await ahmed.keyboard.type(' Key safe fitter booked for Thursday.');
  const joanne = await joinAs(browser, editorLink, 'Joanne Evans', 'Northshire Council Adult Social Care');
  await joanne.mouse.move(930, 800, { steps: 4 });

  await expect(page.getByRole('list', { name: '3 on the board now' })).toBeVisible();
  await expect(page.locator('.live-pointer', { hasText: 'Joanne Evans' })).toBeVisible();
  await shoot(page, 'board');

  // Joanne looks at a goal, which everyone sees on its card.
  await joanne.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Goals' }).click();
  await joanne.getByRole('button', { name: careGoal, exact: true }).click();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Goals' }).click();
  await expect(page.getByRole('article', { name: careGoal, exact: true })).toContainText('Joanne Evans is looking');
  await shoot(page, 'goals');

  await page.getByRole('button', { name: 'Share' }).click();
  const share = page.getByRole('dialog', { name: 'Share this board' });
  await expect(share).toBeVisible();
  await shoot(page, 'share');
  await share.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: homeGoal, exact: true }).click();
  await page.getByRole('dialog', { name: homeGoal }).getByRole('button', { name: homeVisit, exact: true }).click();
  const panel = page.getByRole('dialog', { name: homeVisit });
  await expect(panel.getByText('Ahmed Hussain is editing')).toBeVisible();
  await shoot(page, 'detail');

  await panel.getByRole('textbox', { name: 'Notes' }).scrollIntoViewIfNeeded();
  await expect(panel.locator('.cm-ySelectionInfo')).toHaveText('Ahmed Hussain');
  await panel.getByRole('heading', { name: 'Notes' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await shoot(page, 'detail-notes');
  await panel.getByRole('button', { name: 'Close details' }).click();

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'People and partners' }).click();
  await expect(page.getByRole('article', { name: ward, exact: true })).toBeVisible();
  await shoot(page, 'people');

  await page.getByRole('heading', { name: 'Responsibility matrix' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await shoot(page, 'matrix');

  await ahmed.context().close();
  await joanne.context().close();
  await context.close();
});

const sizes = {
  phone: { width: 390, height: 844 },
  laptop: { width: 1280, height: 800 },
};

for (const [size, screen] of Object.entries(sizes)) {
  test(`every view on a ${size} (${screen.width} × ${screen.height}), for the README`, async ({ browser, request }) => {
    test.setTimeout(120_000);
    const board = await createBoard(request, {
      title: 'Arthur Bennett – home from Ward 7B',
      purpose: 'Get Arthur home safely after his hip fracture, with care and equipment in place from day one.',
      template: 'hospital-discharge',
    });
    const context = await browser.newContext({ viewport: screen, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`/b/${board.id}/board#token=${board.tokens.facilitator}`);
    await joinBoard(page, { name: 'Priya Shah', organisation: ward });
    const views = page.getByRole('navigation', { name: 'Views' });
    const filters = page.getByRole('button', { name: /^Filters/ });
    await expect(page.getByRole('region', { name: 'To do', exact: true })).toBeVisible();
    await shoot(page, `${size}-board`);

    // On a phone the filters fold away; the pointer then rests on the title, not on the toggle.
    const title = page.getByRole('heading', { level: 1 });
    if (size === 'phone') {
      await filters.click();
      await title.hover();
      await shoot(page, `${size}-filters`);
    }
    await page.getByLabel('Lanes by goal').check();
    if (size === 'phone') {
      await filters.click();
      await title.hover();
    }
    await expect(page.getByRole('region', { name: homeGoal })).toBeVisible();
    await shoot(page, `${size}-lanes`);

    await page.getByRole('button', { name: homeVisit, exact: true }).click();
    await expect(page.getByRole('dialog', { name: homeVisit })).toBeVisible();
    await shoot(page, `${size}-detail`);
    await page.getByRole('button', { name: 'Close details' }).click();

    await views.getByRole('link', { name: 'Goals' }).click();
    await expect(page.getByRole('article', { name: careGoal, exact: true })).toBeVisible();
    await shoot(page, `${size}-goals`);

    await views.getByRole('link', { name: 'People and partners' }).click();
    await expect(page.getByRole('article', { name: ward, exact: true })).toBeVisible();
    await shoot(page, `${size}-people`);
    await page.getByRole('heading', { name: 'Responsibility matrix' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await shoot(page, `${size}-matrix`);
    await page.getByRole('heading', { name: 'Workload' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await shoot(page, `${size}-workload`);

    await views.getByRole('link', { name: 'Overview' }).click();
    await expect(page.getByRole('region', { name: 'In their own words' })).toBeVisible();
    await shoot(page, `${size}-overview`);
    await views.getByRole('link', { name: 'Agreement' }).click();
    await expect(page.getByRole('heading', { name: 'Partnership agreement' })).toBeVisible();
    await shoot(page, `${size}-agreement`);
    for (const [link, heading, name] of [
      ['Decisions', 'Decision log', 'decisions'],
      ['Risks', 'Risks and barriers', 'risks'],
      ['Reviews', 'Reviews', 'reviews'],
      ['Resources', 'Commitments and resources', 'resources'],
      ['Contributions', 'Contributions', 'contributions'],
    ] as const) {
      await views.getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
      await shoot(page, `${size}-${name}`);
    }
    await context.close();
  });
}
