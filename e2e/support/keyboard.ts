import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab, as a keyboard user does, until `target` has the focus; fails if it is not reached within `most` presses. */
export async function tabTo(page: Page, target: Locator, most = 80): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
