import { test } from '@playwright/test';
import { createBoard } from './support/api';
import { openAs } from './support/join';

const sizes = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

test('throwaway screenshots', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Arthur home', template: 'hospital-discharge' });
  const send = await createBoard(request, { title: 'Maya', template: 'send-support' });
  for (const size of sizes) {
    const start = await browser.newPage({ viewport: size });
    await start.goto('/');
    await start.screenshot({ path: `/tmp/templates-shots/start-${size.width}.png`, fullPage: true });
    await start.close();
    for (const [role, name, org] of [
      ['facilitator', 'Priya Shah', 'Riverside Hospitals NHS Trust (Ward 7B)'],
      ['viewer', 'Mark Reid', 'Elm Street Medical Practice'],
    ] as const) {
      for (const view of ['overview', 'agreement']) {
        const { page, context } = await openAs(browser, board, role, { name, organisation: org }, view);
        await page.setViewportSize(size);
        await page.waitForTimeout(300);
        await page.screenshot({ path: `/tmp/templates-shots/${view}-${role}-${size.width}-fold.png` });
        await page.setViewportSize({ width: size.width, height: size.width > 1000 ? 2000 : 3400 });
        await page.waitForTimeout(300);
        await page.screenshot({ path: `/tmp/templates-shots/${view}-${role}-${size.width}.png` });
        await context.close();
      }
    }
    {
      const { page, context } = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: 'Riverside Hospitals NHS Trust (Ward 7B)' }, 'agreement');
      await page.setViewportSize(size);
      const ways = page.getByRole('textbox', { name: 'Ways of working' });
      await ways.fill('Changed after sign-off ' + size.width);
      await ways.press('Tab');
      await page.getByText('The agreement changed after it was signed.').waitFor();
      await page.screenshot({ path: `/tmp/templates-shots/agreement-changed-${size.width}-fold.png` });
      await page.getByRole('button', { name: 'Sign version 2 for Riverside Hospitals NHS Trust (Ward 7B)' }).click();
      await page.screenshot({ path: `/tmp/templates-shots/agreement-signing-${size.width}.png` });
      await context.close();
    }
    const { page, context } = await openAs(browser, send, 'editor', { name: 'Helen Bell', organisation: 'Oakfield Primary School' }, 'overview');
    await page.setViewportSize(size);
    await page.setViewportSize({ width: size.width, height: size.width > 1000 ? 2000 : 3400 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/templates-shots/send-overview-${size.width}.png` });
    await context.close();
  }
});
