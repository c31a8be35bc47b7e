import { expect, test } from '@playwright/test';
import { hostileChange, random } from '../packages/board/src/fixtures/hostileChanges';
import { joinBoard } from './support/join';
import { boardWithStoredChange, type StoredBoardServer } from './support/storedBoard';

// A board stored before the server checked updates, after hundreds of random and hostile changes
// (wrong types, unknown keys, prototype names, huge strings, deep nesting, embeds in text): the app
// shows every view of it, and nothing fails.

let stored: StoredBoardServer | undefined;

test.afterEach(async () => {
  await stored?.stop();
  stored = undefined;
});

test('a board holding random and hostile changes renders in every view', async ({ page }) => {
  const seed = Number(process.env.SEED ?? Date.now() % 2 ** 31);
  test.info().annotations.push({ type: 'seed', description: String(seed) });
  const r = random(seed);
  stored = await boardWithStoredChange('hospital-discharge', (doc) => {
    for (let round = 0; round < 300; round += 1) hostileChange(doc, r);
  });
  await page.goto(stored.link('facilitator', 'board'));
  await joinBoard(page, { name: 'Joanne Evans', newOrganisation: 'Northshire Council' });

  const views = page.getByRole('navigation', { name: 'Views' });
  await expect(page.getByRole('region', { name: 'To do', exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await views.getByRole('link', { name: 'Goals' }).click();
  await expect(page.getByRole('heading', { name: 'Shared goals', level: 2 })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await views.getByRole('link', { name: 'People and partners' }).click();
  await expect(page.getByRole('heading', { name: 'Responsibility matrix' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Workload' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
