import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { joinBoard } from './support/join';

test('a board created from the start page opens for its creator as facilitator, with the three share links', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Board title').fill('Discharge plan for Arthur Bennett');
  await page.getByLabel('Shared purpose').fill('Get Arthur home safely within three days of being medically fit.');
  await page.getByRole('radio', { name: 'Hospital discharge plan' }).check();
  await page.getByRole('button', { name: 'Create board' }).click();

  await expect(page).toHaveURL(/\/b\/[A-Za-z0-9_-]+\/board$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Join');
  await expectNoAxeViolations(page);
  await joinBoard(page, { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' });

  const share = page.getByRole('dialog', { name: 'Share this board' });
  await expect(share).toBeVisible();
  for (const label of ['Facilitator link', 'Editor link', 'Viewer link']) {
    await expect(share.getByRole('textbox', { name: label })).toHaveValue(/\/b\/[A-Za-z0-9_-]+\/board#token=.+/);
    await expect(share.getByRole('button', { name: `Copy ${label.toLowerCase()}` })).toBeVisible();
  }
  const links = await Promise.all(
    ['Facilitator link', 'Editor link', 'Viewer link'].map((label) => share.getByRole('textbox', { name: label }).inputValue()),
  );
  expect(new Set(links).size).toBe(3);
  await expectNoAxeViolations(page);

  await share.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Discharge plan for Arthur Bennett' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Connection' })).toContainText('Connected');
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible();
});

test('the join prompt adds a new organisation as a partner when the link can edit', async ({ page, request }) => {
  const created = await request.post('/api/boards', { data: { title: 'New partner board', template: 'hospital-discharge' } });
  const board = (await created.json()) as { id: string; tokens: { editor: string } };
  await page.goto(`/b/${board.id}/board#token=${board.tokens.editor}`);
  await joinBoard(page, { name: 'Sam Lee', newOrganisation: 'Northshire Housing Association' });
  await expect(page.getByLabel('Organisation', { exact: true })).toContainText('Northshire Housing Association');
  // The token is kept in this browser and taken out of the address bar.
  expect(page.url()).not.toContain('token=');
  await page.reload();
  await expect(page.getByRole('button', { name: /You are Sam Lee \(Northshire Housing Association\)/ })).toBeVisible();
});

test('the start page and a board page load every file they ask for, their icon included', async ({ page, request }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon).toBe('/favicon.svg');
  const served = await request.get(icon as string);
  expect(served.status()).toBe(200);
  expect(served.headers()['content-type']).toBe('image/svg+xml');

  const board = (await (await request.post('/api/boards', { data: { title: 'Icon board', template: 'hospital-discharge' } })).json()) as { id: string; tokens: { editor: string } };
  await page.goto(`/b/${board.id}/board#token=${board.tokens.editor}`);
  await joinBoard(page, { name: 'Sam Jones', organisation: 'Northshire Carers Centre' });
  expect(missing).toEqual([]);
});
