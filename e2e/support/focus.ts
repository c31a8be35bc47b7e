import type { Page } from '@playwright/test';

/** What has the keyboard focus now, as document.activeElement says: its tag and accessible text. */
export function focusedElement(page: Page): Promise<{ tag: string; name: string }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return {
      tag: active?.tagName ?? 'NONE',
      name: (active?.getAttribute('aria-label') ?? active?.textContent ?? '').trim(),
    };
  });
}
