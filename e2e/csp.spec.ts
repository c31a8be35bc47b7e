import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createBoard } from './support/api';
import { openAs } from './support/join';

const homeGoal = "Arthur's home is safe for his mobility";
const homeVisit = 'Home environment visit and falls risk assessment';

/** Everything the page's Content-Security-Policy blocked, as the page reports it (events) and as Chromium logs it. */
async function watchViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      void report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

async function openNotes(page: Page) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Goals' }).click();
  await page.getByRole('button', { name: homeGoal, exact: true }).click();
  await page.getByRole('dialog', { name: homeGoal }).getByRole('button', { name: homeVisit, exact: true }).click();
  const panel = page.getByRole('dialog', { name: homeVisit });
  return { panel, notes: panel.getByRole('textbox', { name: 'Notes' }) };
}

test('the app page carries a fresh style nonce and a policy without inline styles or sockets to other hosts', async ({ request }) => {
  const first = await request.get('/');
  const second = await request.get('/b/someBoardId123/goals');
  const policies = [first.headers()['content-security-policy'] ?? '', second.headers()['content-security-policy'] ?? ''];
  const nonces = policies.map((policy) => /'nonce-([^']+)'/.exec(policy)?.[1]);
  expect(nonces[0]).toBeTruthy();
  expect(nonces[0]).not.toBe(nonces[1]);
  expect(await first.text()).toContain(`<meta name="csp-nonce" content="${nonces[0]}">`);
  for (const policy of policies) {
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toMatch(/connect-src 'self';/);
  }
});

test('nothing is blocked on the board, goals, people and notes screens, and remote carets keep their colours', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Policy board', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'editor', { name: 'Ahmed Hussain', organisation: 'Northshire Community Nursing & Therapy' });
  const violations = await watchViolations(a.context);
  await a.page.reload();
  await expect(a.page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await a.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: /^People/ }).click();
  await expect(a.page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  const { notes: notesA } = await openNotes(a.page);
  await notesA.click();

  const b = await openAs(browser, board, 'editor', { name: 'Ruth Adeyemi', organisation: 'Northshire Carers Centre' }, 'goals');
  const { notes: notesB } = await openNotes(b.page);
  await notesB.click();
  await b.page.keyboard.press('Control+Home');
  await b.page.keyboard.type('Key safe fitted. ');
  await b.page.keyboard.press('Shift+End');
  await expect(notesA).toContainText('Key safe fitted.');

  // Ruth's caret and selection in Ahmed's editor, coloured without any inline style attribute.
  const caret = notesA.locator('.cm-ySelectionCaret');
  await expect(caret.locator('.cm-ySelectionInfo')).toHaveText('Ruth Adeyemi');
  const caretColour = await caret.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(caretColour).toMatch(/^rgb\(/);
  const selection = notesA.locator('.cm-ySelection').first();
  await expect(selection).toBeVisible();
  expect(await selection.evaluate((element) => getComputedStyle(element).backgroundColor)).toMatch(/^rgb\(/);

  await a.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Board' }).click();
  await expect(a.page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  expect(violations).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test('the offline copy of the app opens the notes with nothing blocked', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Offline policy board', template: 'hospital-discharge' });
  const away = await openAs(browser, board, 'editor', { name: 'Sarah Nolan', organisation: 'Northshire Community Nursing & Therapy' }, 'goals');
  const violations = await watchViolations(away.context);
  await away.page.reload();
  await away.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // The notes editor is loaded when first opened: once online, so the offline copy holds it.
  await openNotes(away.page);
  await away.context.setOffline(true);
  await away.page.reload();
  await expect(away.page.getByRole('status', { name: 'Connection' })).toContainText('Offline');
  const { notes } = await openNotes(away.page);
  await notes.click();
  await away.page.keyboard.type(' Written offline.');
  await expect(notes).toContainText('Written offline.');
  expect(violations).toEqual([]);
  await away.context.close();
});
