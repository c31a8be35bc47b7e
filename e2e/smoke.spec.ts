import { expect, test } from '@playwright/test';

test('the server serves the built web app and answers its health check', async ({ page, request }) => {
  const health = await request.get('/healthz');
  expect(health.status()).toBe(200);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a board link with a token the server does not know shows a clear page, not a spinner', async ({ page, request }) => {
  const created = await request.post('/api/boards', { data: { title: 'Smoke board' } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/b/${id}/board#token=not-a-real-token`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/link/i);
});
