import { expect, test } from '@playwright/test';
import { boardLink, createBoard } from './support/api';
import { joinBoard } from './support/join';

test('at 1440 pixels, every organisation card holds its people’s names, roles and buttons inside it', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Five partners', template: 'hospital-discharge' });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(boardLink(board, 'editor', 'people'));
  await joinBoard(page, { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' });
  const cards = page.locator('.partner-grid > article');
  await expect(cards).toHaveCount(5);

  for (const card of await cards.all()) {
    const box = await card.boundingBox();
    if (!box) throw new Error('An organisation card is not on the page.');
    for (const part of await card.locator('.person__name, .person__role, .person__buttons button').all()) {
      const inner = await part.boundingBox();
      if (!inner) throw new Error('A part of a person is not on the page.');
      expect(inner.x).toBeGreaterThanOrEqual(box.x);
      expect(inner.x + inner.width).toBeLessThanOrEqual(box.x + box.width);
    }
  }
  await context.close();
});
