import { expect, test } from '@playwright/test';
import { createBoard } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { openAs } from './support/join';

const ward = 'Riverside Hospitals NHS Trust (Ward 7B)';
const council = 'Northshire Council Adult Social Care';

test('two partners keep the front page together: the person’s own words, consent and its withdrawal, the lead professional, by keyboard', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Arthur home', template: 'hospital-discharge' });
  const a = await openAs(browser, board, 'facilitator', { name: 'Priya Shah', organisation: ward }, 'overview');
  const b = await openAs(browser, board, 'editor', { name: 'Joanne Evans', organisation: council }, 'overview');

  const glance = b.page.getByRole('region', { name: 'Shared purpose' });
  await expect(glance).toContainText('Get Arthur Bennett (84) home safely');
  await expect(glance.getByRole('list', { name: '5 goals by status' }).getByRole('listitem').filter({ hasText: 'On track' })).toHaveText(/^2\W+On track$/);
  await expect(b.page.getByRole('region', { name: 'Lead professional' })).toContainText('Priya Shah');

  // Their words, typed in one browser, appear in the other.
  const voiceA = a.page.getByRole('textbox', { name: 'Their views and aspirations' });
  await voiceA.focus();
  await a.page.keyboard.press('Control+End');
  await a.page.keyboard.type('\nArthur, a week later: "The stairs are the worry now."');
  await a.page.keyboard.press('Tab');
  await expect(b.page.getByRole('textbox', { name: 'Their views and aspirations' })).toHaveValue(/The stairs are the worry now/);

  // Consent recorded by keyboard alone in the second browser.
  await b.page.getByRole('button', { name: 'Record consent' }).focus();
  await b.page.keyboard.press('Enter');
  await expect(b.page.getByRole('textbox', { name: 'Who gave consent' })).toBeFocused();
  await b.page.keyboard.type('Margaret Bennett (wife and carer)');
  await b.page.keyboard.press('Tab');
  await b.page.keyboard.type('Share her carer’s assessment with the GP and the Carers Centre.');
  await b.page.keyboard.press('Tab');
  await expect(b.page.getByLabel('Date given')).toBeFocused();
  await b.page.keyboard.press('Tab');
  await b.page.keyboard.press('Enter');
  const margaretA = a.page.getByRole('listitem').filter({ hasText: 'Margaret Bennett (wife and carer)' });
  await expect(margaretA).toContainText('In force');
  await expect(margaretA).toContainText('Share her carer’s assessment with the GP and the Carers Centre.');

  await margaretA.getByRole('button', { name: 'Record that Margaret Bennett (wife and carer) withdrew consent today' }).click();
  await expect(b.page.getByRole('listitem').filter({ hasText: 'Margaret Bennett (wife and carer)' })).toContainText('Withdrawn');

  // A record entered by mistake can be deleted, after a question.
  await b.page.getByRole('button', { name: 'Delete the consent record of Margaret Bennett (wife and carer)' }).click();
  await b.page.getByRole('dialog').getByRole('button', { name: 'Delete record' }).click();
  await expect(a.page.getByRole('listitem').filter({ hasText: 'Margaret Bennett (wife and carer)' })).toHaveCount(0);

  await a.page.getByLabel('Choose the lead professional').selectOption({ label: `Joanne Evans (${council})` });
  await expect(b.page.getByRole('region', { name: 'Lead professional' })).toContainText('Joanne Evans');

  await expectNoAxeViolations(a.page);
  await expectNoAxeViolations(b.page);
  await a.context.close();
  await b.context.close();
});

test('a viewer reads the front page with nothing to change', async ({ browser, request }) => {
  const board = await createBoard(request, { title: 'Arthur home, read only', template: 'hospital-discharge' });
  const viewer = await openAs(browser, board, 'viewer', { name: 'Dr Helen Brooks', organisation: 'Elm Street Medical Practice' }, 'overview');
  const { page } = viewer;
  await expect(page.getByRole('region', { name: 'In their own words' })).toContainText('I want to be back in my own chair by the window');
  await expect(page.getByRole('listitem').filter({ hasText: 'Arthur Bennett' })).toContainText('In force');
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await viewer.context.close();
});
